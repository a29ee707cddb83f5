# Date words: what salvo's date finder (src/resolve/dates.cpp) recognises.
#
# Every entry is a bare term, optionally followed by @tags. The finder builds
# its RE2 patterns from these lists when it loads; nothing here is a regex.
# Spaces inside a term match any run of blanks. Month and weekday names are
# matched as written in Title case or in CAPITALS ("July", "JULY", not
# "july"); every other list is matched case-insensitively.
# How to add a word: put it in the right section with its tag, then run the
# date tests (ctest -R dates). See docs/DATES_NUMBERS.md.

[months]
# name @month-number; @abbr also accepts a full stop after it ("Aug.")
January @1
Jan @1 @abbr
February @2
Feb @2 @abbr
March @3
Mar @3 @abbr
April @4
Apr @4 @abbr
May @5
June @6
Jun @6 @abbr
July @7
Jul @7 @abbr
August @8
Aug @8 @abbr
September @9
Sept @9 @abbr
Sep @9 @abbr
October @10
Oct @10 @abbr
November @11
Nov @11 @abbr
December @12
Dec @12 @abbr

[weekdays]
# name @ISO-weekday (1 = Monday ... 7 = Sunday)
Monday @1
Tuesday @2
Wednesday @3
Thursday @4
Friday @5
Saturday @6
Sunday @7
# abbreviations used in headlines (not Sat/Sun/Mon: they are also words)
Tues @2
Wed @3
Thu @4
Thurs @4
Fri @5

[weekday prefixes]
# A word before a weekday changes how it resolves:
#   @before  strictly before the reference ("last Friday" on a Friday is a week back)
#   @future  a coming day: the phrase is recognised and NOT returned (plans are not strikes)
#   @bare    same as the weekday alone (on or before the reference)
last @before
this past @before
past @before
next @future
this coming @future
coming @future
this @bare

[weekday possessive]
# endings a weekday takes as a possessive, written exactly so: "Sunday's attack",
# and "Sundays attack" in copy that lost its apostrophes (wire stories
# re-published by aggregators: 35 of 36 "Mondays"-like words in the dev news
# are possessives). The weekday resolves as alone.
's
’s
s

[before a plural weekday]
# a weekday with an ending of [weekday possessive] that has no apostrophe
# ("Sundays") after one of these words is a plural, habitual: no date
# ("Air raid alerts on Sundays have become routine").
on
every
most
all
some
many

[not a date after a weekday]
# "The Sunday Times reported": a weekday followed by one of these is a name.
Times
Telegraph
Express
Mirror
Post
Herald
Independent
Observer
Service
School
Prayers

[day parts]
# May follow a weekday or a relative day and belong to the expression:
# "Sunday night", "yesterday morning". They do not move the date.
morning
afternoon
evening
night
midday
noon

[relative days]
# phrase @days-from-the-reference (precision day). The night is dated by the
# day it began, so "last night" and "overnight" are -1.
today @0
earlier today @0
this morning @0
early this morning @0
this afternoon @0
this evening @0
tonight @0
yesterday @-1
last night @-1
last evening @-1
overnight @-1
the day before yesterday @-2
hours ago @0
a few hours ago @0
several hours ago @0
hours earlier @0

[same day]
# phrase @days-from-the-strike-reported-before: the date of the last strike the
# article dated before this sentence, moved by that many days. "The same
# night, a drone hit Tsyrkuny" is the night of the strike just reported.
the same day @0
on the same day @0
that same day @0
that day @0
later that day @0
earlier that day @0
the same night @0
that same night @0
that night @0
later that night @0
the same evening @0
that evening @0
the same morning @0
that morning @0
hours later @0
minutes later @0
the next day @1
the following day @1
a day later @1
the next morning @1
the following morning @1
the next night @1
the following night @1
the day before @-1
the previous day @-1
the previous night @-1
a day earlier @-1

[relative periods]
# phrase @how-it-resolves:
#   @this_week   Monday of the reference's week, precision week
#   @last_week   Monday of the week before, precision week
#   @weekend     Monday of the week of the latest Saturday on or before the reference, precision week
#   @this_month  1st of the reference's month, precision month
#   @last_month  1st of the month before, precision month
#   @recent      the reference itself, precision unknown
#   @future      recognised and NOT returned
last week @last_week
earlier this week @this_week
this week @this_week
over the weekend @weekend
at the weekend @weekend
last weekend @weekend
this weekend @weekend
earlier this month @this_month
this month @this_month
last month @last_month
recently @recent
in recent days @recent
in recent weeks @recent
in the past few days @recent
in the last few days @recent
earlier this year @recent
in the past week @recent
over the past week @recent
in the past 24 hours @recent
over the past 24 hours @recent
in the last 24 hours @recent
over the last 24 hours @recent
a few days ago @recent
several days ago @recent
tomorrow @future
next week @future
next month @future
next weekend @future

[night words]
# "overnight into Sunday", "the night from Saturday to Sunday": the day the night began.
# @before: the night began the day before the weekday after it, whatever the
# word between ("overnight on Sunday" is Saturday night; [night into])
overnight @before
night
the night
at night
during the night
on the night

[month parts]
# before a month: @week resolves to the Monday of the month's middle week
# (the week holding the 15th), @month to the 1st
mid @week
early @month
late @month
the end of @month
the beginning of @month
the start of @month

[in month]
# words that make a bare month name a date: "in July"
in
during
throughout
earlier in

[counts]
# numbers written before "days ago" / "weeks ago" (digits are always accepted)
a @1
one @1
two @2
three @3
four @4
five @5
six @6
seven @7
eight @8
nine @9
ten @10

[holidays]
# fixed-date holidays: name @MM-DD (year as for "July 31": the reference's, or
# the one before). Movable feasts (Easter) cannot be listed here.
Christmas Day @12-25
Christmas Eve @12-24
Christmas @12-25
Orthodox Christmas @01-07
New Year's Eve @12-31
New Year's Day @01-01
New Year’s Eve @12-31
New Year’s Day @01-01

[not a date after an ordinal]
# "on the 24th" is a day of the month unless a noun follows; capitalised words
# and digits are never dates ("on the 93rd Brigade"). Lower-case nouns:
floor
anniversary
day
time
brigade
battalion
regiment
division
army
corps
century
minute
round
place

[ordinal suffixes]
# after a day number, written exactly so (case counts): "the 31st", "July 4th",
# "on the 2nd"
st
nd
rd
th

[before a day]
# an article before a day number: "the 31st of July"
the

[between day and month]
# "the 31st of July"
of

[day range joiners]
# between two days of one month (a dash needs no word): "12 to 13 August",
# "the night of 12 and 13 August"; dated by the first day
to
into
and

[date range joiners]
# all that may stand between two dates of a range: "16 August to 15 November
# 2017", the first takes the second's year (compared whole, ignoring case)
to
through
through to
until
till
and
-
–
—

[night from]
# "the night from Saturday to Sunday": between the night word and the first weekday
from
of

[night to]
# "the night from Saturday to Sunday": between the two weekdays
to
into
on

[night into]
# "overnight into Sunday", "at night on Sunday": between a night word and one weekday.
#   @before  the night began the day before the weekday ("into Sunday": Saturday)
#   @on      the night of the weekday itself ("at night on Sunday"), unless the
#            night word is @before in [night words] ("overnight on Sunday": Saturday)
into @before
to @before
before @before
on @on

[ago]
# after a count and a unit: "two days ago"
ago

[ago units]
# the unit of "N days ago": @day counts days back; @week weeks back, to the
# Monday of that week (precision week)
day @day
days @day
week @week
weeks @week

[relative day qualifiers]
# may stand before a relative day and belong to it: "early yesterday", "late last night"
early
late

[ordinal day prefix]
# before a day number with an ordinal suffix and no month: "on the 31st" is a
# day of the reference's month (or the month before)
on the
