# rules/places/names.lex — the words that act on the gazetteer's name keys:
# region words and the Arabic article. Read once when the gazetteer loads
# (src/resolve/gaz_text.h); the C++ holds no other copy of these lists.
#
# Everything here is compared as a key: case, diacritics, apostrophes and
# hyphens do not count, y and j count as i and a doubled letter as one (so
# "kray" is "krai" and "rayon" is "raion"; docs/PLACES.md, "Matching names").
# A word listed twice as the same key is an error.
#
# The Arabic article's forms change the keys stored in the gazetteer index
# (places.idx): after editing them, an old index is refused ("made with
# another key folding") and the text is parsed until the build writes a new
# one. Region words act only when names are looked up.

[region words]
# A name followed by one of these is a region's: "Donetsk oblast", "the Kherson
# region", "Belgorod province"; the word is removed to find the region, and
# "Pokrovsk district" names the town its raion is named after. Tried in this
# order, again and again until none is left at the end of the name; so "X
# autonomous republic" loses "republic" first, and "autonomous republic" never
# acts as a whole.
#
# @geonames <spellings>: GeoNames ends some regions' names with the word,
# spelled so, letter for letter. A region that admin1.lex gives no short name
# is called by its GeoNames name without it ("Oryol oblast" -> "Oryol";
# "Lima region" keeps its lower-case "region", which is not listed).
# @leading: also removed before the name ("Muhafazat Karbala"); a word removed
# there does not make the name a region's by itself.
oblast @geonames Oblast' Oblast oblast
region @geonames Region
province @geonames Province
governorate @geonames Governorate
state @geonames State
republic @geonames Republic
krai @geonames Krai Kray
peninsula
muhafazat @leading
autonomous republic
district
area
oblasti
raion
hromada
# Not yet region words: "community" and "municipality" were listed in the C++
# before these lists moved here, but compared without folding ("comuniti",
# "municipaliti"), so they never matched. Enabling them changes which
# mentions resolve to a region or a district town: a change of output, to be
# measured on the gold set before it is made.
# community
# municipality

[arabic article]
# The article as keys write it, then the forms transliterations give it:
# assimilated to the next word ("ash-Shughur", "as-Sukhnah", "ad-Dawr",
# "az-Zawiya"), or with another vowel ("el-Arish", "ul-", "il-"). In a key a
# form before another word is written as the article ("Jisr ash-Shughur" =
# "Jisr al-Shughur", "Ras el-Ain" = "Ras al Ain"); a last word is never one
# ("Bani As"). A leading article is optional when a name is looked up:
# "al-Bureij" finds "Bureij" and "Qamishli" finds "Al Qamishli".
# A form may not be shorter than the article.
article = al
ash
as
ad
adh
an
ar
at
ath
az
el
es
esh
ed
en
er
et
ez
il
ul

[loose spelling]
# Arabic, Persian, Pashto and Kurdish names reach English copy in many
# transliterations ("Meles", "Millis"; "Orum al-Kubra", "Urum al Kubra";
# "Sheikh Mustafa", "Ash Shaykh Mustafa"; "Maaret Harmeh", "Ma`arrat Hurmah").
# A name found nowhere, or only as a small place abroad, is looked for in the
# country the place should be in (its hint, else the countries the article is
# about) under its consonants: the article dropped, a word's final h after a
# vowel dropped, the rewrites below applied, these vowels removed, a repeated
# consonant kept once. A key with fewer than min_consonants left is not
# loosened (short names collide too easily). A place found so must also be
# spelled alike: with the vowel classes below, at most one edit per
# letters_per_edit letters (at least one), so "Meles" finds Millis and
# "Sakhur" Sukhur, but a surname ("Garcia") finds no "Greece". The event names
# the rule place.loose_spelling. Keys already write y and j as i (see above);
# namesakes.lex [loose spelling] says how far abroad the name must be found.
vowels = aeiouw
min_consonants = 3
letters_per_edit = 5

[loose spelling rewrites]
# Letters written for one sound, rewritten in this order before the vowels go.
ch = sh
q = k
ph = f

[loose spelling vowel classes]
# Vowels transliterations trade for one another, compared as one.
e = i
o = u


[leading articles]
# An article before a name, dropped when the name is looked up ("the Kherson
# region", "the Donbas"), and from a name found nowhere, as reported ("the
# Nowhereville" -> "Nowhereville"); two names are spelled the same when they
# differ only by it, in any case ("The Hague", "THE HAGUE"). One word a line,
# the first that leads a name is dropped, once. Examples: `example = NAME
# [@ISO2] => NAME REPORTED`, run by `salvo test-rules` (place examples).
example = the Kherson region => Kherson Oblast
example = the Nowhereville => Nowhereville
the

[facility endings]
# A name found nowhere that ends with one of these is a facility named after a
# place; tried in this order: with the ending replaced by the words after @as
# (the facility itself, if the gazetteer lists it), or without it (the place).
# "Jabalia refugee camp" is tried as "Jabalia camp", then as "Jabalia refugee";
# "Nuseirat camp" as "Nuseirat".
example = Nuseirat camp => Nuseirat
example = Jabalia refugee camp => Jabalya Camp
refugee camp @as camp
camp
