# Number words: what salvo's number finder (src/resolve/numbers.cpp) turns into
# {min,max} counts. Entries are bare terms with @tags; the finder builds its
# RE2 patterns from these lists when it loads (nothing here is a regex). All
# lists match case-insensitively; spaces inside a term match any run of blanks.
# Month names come from dates.lex [months] (a number beside a month is a date).
# How to add a word: put it in the right section, run ctest -R numbers.
# See docs/DATES_NUMBERS.md.

[units]
# number words 0-19: word @value
zero @0
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
eleven @11
twelve @12
thirteen @13
fourteen @14
fifteen @15
sixteen @16
seventeen @17
eighteen @18
nineteen @19

[tens]
twenty @20
thirty @30
forty @40
fifty @50
sixty @60
seventy @70
eighty @80
ninety @90

[scales]
# @hundred multiplies what is below a thousand; @thousand closes a group
hundred @100
thousand @1000
million @1000000

[dozen]
# "a dozen" 12, "two dozen" 24, "half a dozen" 6
dozen @12

[one before a scale]
# an article that stands for one before hundred, a scale or dozen: "a hundred",
# "a thousand", "a dozen", "half a dozen"
a
an

[and inside a number]
# may join the parts of a number written in words: "two hundred and fifty",
# "a thousand and one"
and

[half]
# before "a dozen": half of it, "half a dozen" 6
half

[vague]
# phrase @min [@max]; no @max means no upper bound is known (EVENTS.md table)
several @3
a few @3
a number of @3
a handful of @3
multiple @3
a couple of @2 @2
a pair of @2 @2
many @10
tens @10
scores @10
numerous @10
a huge number of @10
a large number of @10
a great number of @10
dozens @12
dozens and dozens @12
several dozen @36
a few dozen @36
hundreds @100
several hundred @300
a few hundred @300
thousands @1000
several thousand @3000
a few thousand @3000
tens of thousands @10000
hundreds of thousands @100000
millions @1000000

[not vague after]
# "how many", "so many": a vague word after these is not a count
# ("we hope there are not many martyrs": no toll; casualties.lex [killed] example)
how
so
too
as
that
not

[zero]
# explicit zero: @0 (the extractor decides what it counts)
no one @0
nobody @0
none @0
no @0

[zero not before]
# "no longer", "no doubt": a zero word followed by one of these is not a count
longer
doubt
time
way
matter
sign
signs
comment
reason
further
less
fewer

[at least]
# cue before a number: {n, null}
at least
a minimum of
no fewer than
no less than
not less than

[more than]
# cue before a number: {n+1, null}
more than
over
upwards of
in excess of
greater than

[up to]
# cue before a number: {1, n}
up to
as many as
at most
no more than
a maximum of

[nearly]
# cue before a number: a bit less than n: {n - max(1, n/10), n - 1}
nearly
almost
close to
just under

[fewer than]
# cue before a number: {1, n-1}
fewer than
less than

[about]
# cue before a number: the stated figure, {n, n}
about
around
some
approximately
roughly
an estimated
estimated

[between]
# "between 3 and 7": {3, 7}
between

[between joiners]
# between the two bounds after a [between] cue: "between 3 and 7"
and

[range joiners]
# "3-7", "3 to 7", "two or three": {3, 7}
-
–
—
to
or

[or more]
# after a number: {n, null}
or more
+
-plus
plus
-odd

[or so]
# after a number: the stated figure
or so

[of before a unit]
# may stand between a number and the [not people after] word or month after it:
# "hundreds of kilometres", "5 of July"
of

[not people after]
# a number followed by one of these (optionally after "of") is not a count of
# people: units, durations, money, percentages, times
km
kilometers
kilometres
kilometer
kilometre
miles
mile
metres
meters
metre
meter
m
cm
mm
feet
ft
yards
kg
kilograms
tons
tonnes
ton
tonne
hectares
square
litres
liters
degrees
percent
per cent
%
percentage points
dollars
euros
pounds
rubles
roubles
hryvnias
hryvnia
shekels
seconds
second
minutes
minute
hours
hour
days
day
nights
weeks
week
months
month
years
year
decades
times
a.m.
p.m.
am
pm
o'clock
GMT
UTC
storey
storeys
stories
# munitions and strikes counted, not people ("targeted the city with tens of
# rocket shells killing ...": the tens are shells; casualties.lex [killed] example)
rockets
rocket shells
missiles
shells
mortar shells
mortar rounds
artillery shells
bombs
barrel bombs
projectiles
drones
airstrikes
air strikes
air raids
raids

[not a count after]
# a number right after one of these words is a label, an age or money
aged
age
ages
No.
number
nos.
flight
route
highway
article
resolution
chapter
page
channel
version
platform
gate
block
building
apartment
house
day
update
wrapup
refile
rpt
corrected
UAH
USD
EUR
RUB
$
€
£
₴
#
