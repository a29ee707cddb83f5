# Small words the extractor's steps read a sentence with: the words that cut
# a clause, that stand around a place name, a casualty count, an actor or a
# target. Analysts rarely need to touch these; the lists of things (weapons,
# actors, targets, casualty words, cues) are in the other .lex files.
#
# Each [section] is one list a step uses by its id (its note says how).
#   note      what the list is for
#   check     how the examples are read (the extractor decides; a list that
#             says another check is a load error):
#               clauses     the sentence cut into clauses, " | " between them
#               places      the place of each event, with the district named and
#                           its precision when it is no town: "Gaza City,
#                           district Zeitoun", "Bakhmut (near)", "Kherson
#                           Oblast (admin1)", "Ukraine (country)" ("; " between
#                           events; "-": no place; "no event")
#               actor       the actor of each event ("-": none)
#               target      the target of each event ("-": none)
#               casualties  "killed N, injured M" of each event ("-": none)
#               outcome     the outcome of each event
#               events      the number of events ("no event", "1 event", "2 events")
#               reported    whether the sentence, read after the lead and with
#                           no date, reports an attack ("reported", "not reported")
#   example   TEXT => EFFECT: what the text gives with the list as it is
#             (read as published on Monday 2024-01-15, like rule examples)
# Entries: one a line, compared ignoring case. Put an entry in "..." to keep
# blanks at its ends (gaps between two words: " and ").
# `salvo test-rules` runs every example; `salvo check-rules` reports a list
# that is missing, empty or without an example.

# ---------------------------------------------------------------- clauses ---

[clause.subordinator]
note = words that open a new clause: a cue, an actor or a place in one clause does not reach a trigger in another
check = clauses
example = Russian missiles struck Kyiv while Ukrainian drones hit Belgorod. => Russian missiles struck Kyiv | while Ukrainian drones hit Belgorod.
example = The strike came after talks failed. => The strike came | after talks failed.
but
while
whereas
although
though
after
before
because
since
until
when
which
who
where
as

# ---------------------------------------------------------------- outcome ---

[outcome.ambiguous_hit]
note = impact verbs also said of a shoot-down ("destroyed 11 drones"): a hit only when nothing was intercepted
check = outcome
example = Air defences shot down three drones and one struck a house in Kharkiv on Monday. => intercepted
example = Russian drones struck Kharkiv on Monday, damaging a school. => hit
destroyed
destroying
hit
struck
striking
hitting

[outcome.destroy_verb]
note = verbs whose object may be the weapon itself ("destroyed all 11 drones"): then a shoot-down
check = outcome
example = Ukrainian forces destroyed all 11 Russian drones over Kharkiv on Monday. => intercepted
destroyed
destroying
downed

# ---------------------------------------------------------- non-events ---

[purpose.marker]
note = what stands right before an attack verb of purpose ("moved to strike"): the attack is intended, not reported
check = events
example = Russian forces used the village to strike Kharkiv on Monday. => no event
"to "

[purpose.verb]
note = attack verbs that after "to" are a purpose ("to shell the west bank")
check = events
example = Russian forces used the village to strike Kharkiv on Monday. => no event
shell
strike
attack
bomb
bombard
hit
target
pound

[purpose.carried_out]
note = before "to" + attack verb, the attack was carried out after all ("managed to strike")
check = events
example = Russian forces managed to strike Kharkiv on Monday, killing two people. => 1 event
"managed to "
" used to "

[followup.other_cause]
note = words of deaths with another cause: a toll at a place with no trigger is then no part of the attack told before
check = events
example = Russian drones struck Sumy on Monday. A man was killed in clashes in Kupiansk. => 1 event
clash
clashes
fighting
gunmen
gunman
gunfire
gunshot
shooting
stabbed
stabbing
accident
crash
drowned
executed
ambush
firefight
heat
illness
disease
starvation
hunger
cholera
flood
floods

[verb.past]
note = attack verbs in the past tense that do not end in -ed: an attack in the past is reported, not planned
check = reported
example = Russia carried out a drone attack on Kyiv. => reported
struck
hit
sent
carried out

[verb.past_ending]
note = the ending of a verb in the past tense
check = reported
example = Drones attacked an oil depot. => reported
ed

# ------------------------------------------------------------------ actor ---

[actor.force_word]
note = the words after an @forces name of actors.lex ("Sudanese", "Libya"): the name is an actor only before one ("the Sudanese air force", "Libya's navy"); "Sudanese civilians" names no attacker
check = actor
example = The Egyptian navy shelled militant positions near Rafah on Monday, killing five. => Egypt
example = Libyan warplanes struck a convoy near Gharyan on Monday, killing three fighters. => Libya
example = Somali National Army artillery shelled a village near Jilib on Monday, killing two. => Somalia
example = Sudanese civilians were killed when a drone struck a market in Nyala on Monday. => -
example = The Lebanese armed group Hezbollah fired rockets at Kiryat Shmona on Monday. => Hezbollah
example = The Iranian army shelled Kurdish positions near Erbil on Monday, killing two. => Iran
army
armed forces
military
forces
force
troops
soldiers
air force
air forces
airforce
air strike
air strikes
air raid
air raids
navy
naval
marines
warplane
warplanes
jet
jets
fighter
aircraft
helicopter
helicopters
gunship
gunships
drone
drones
artillery
airstrike
airstrikes
security forces
police
gendarmerie
gendarmes
special forces
government
coast guard
defence forces
defense forces

[actor.gap_word]
note = words that may stand between an actor and the trigger it names ("Russia's new missiles", "Israel and its drones")
check = actor
example = Russian forces and their drones hit Kharkiv on Monday. => Russia
a
an
the
its
their
his
her
of
s
and

[actor.joiner]
note = hyphenated words that join an actor to the trigger after it ("a JNIM-claimed IED attack")
check = actor
example = A JNIM-claimed IED attack killed three soldiers in Djibo on Monday. => JNIM
-claimed
-launched
-fired
-planted

[actor.owner_verb]
note = verbs before "by": the actor after "by" owns the target ("a depot used by Hezbollah"), it is not the attacker
check = actor
example = An air strike hit a depot used by Hezbollah near Baalbek on Monday. => -
used
owned
run
operated
controlled
held
built
backed
supported
funded
led
occupied
manned
founded
commanded
seized
captured
guarded
inhabited
administered
governed
frequented
hosted
besieged

# ----------------------------------------------------------------- target ---

[target.determiner]
note = words up to three before a target word where the target's text starts ("the apartment building")
check = target
example = Russian missiles struck two residential buildings in Kharkiv on Monday. => two residential buildings
a
an
the
two
three
four
five
several
some
many
one
its
their
his
her

[target.head]
note = general nouns right after a target word that belong to it ("a school building")
check = target
example = Russian drones struck a school building in Kharkiv on Monday. => a school building
building
buildings
block
blocks
structure
structures
complex
facility
facilities
area
areas
centre
center
site
sites

[target.actor_inside]
note = actor adjectives that may stand inside a target's words ("a Ukrainian military airfield"): the target still takes the determiner before them
check = target
example = Russian missiles hit a Ukrainian military airfield near Starokostiantyniv on Monday. => a Ukrainian military airfield
russian
ukrainian

# ----------------------------------------------------------------- places ---

[place.region_word]
note = words after a name that make it a region or an area ("Donetsk region", "Kherson Oblast")
check = places
example = Russian shelling hit the Kherson region on Monday. => Kherson Oblast (admin1)
region
oblast
province
governorate
district
area
state
county
territory
regions
oblasts
provinces
governorates

[place.not_region]
note = region words that name a part of a place or its surroundings, not a region ("the Pokrovsk district", "the Bakhmut area")
check = places
example = Russian shelling hit the Kharkiv district on Monday. => Kharkiv
district
area

[place.near_word]
note = region words that place a strike near the name, not in it ("the Bakhmut area")
check = places
example = Russian shelling hit the Bakhmut area on Monday. => Bakhmut (near)
area

[place.name_connector]
note = lower-case words inside a place name ("Deir al Balah", "Rostov on Don")
check = places
example = Israeli air strikes hit Deir al Balah on Monday. => Deir al-Balah
al
el
ad
ar
as
ash
an
at
az
de
du
la
le
bin
ibn
abu
bani
beit
bayt
of
on

[place.run_end]
note = capitalised words that end a place name's run instead of continuing it: wire copy writes the day right after the place ("struck Kharkiv Monday", "western Aleppo Saturday")
check = places
example = Russian missiles struck Kharkiv Monday, killing three people. => Kharkiv
example = Nine civilians were killed in shelling of Aleppo Saturday, the observatory said. => Aleppo
monday
tuesday
wednesday
thursday
friday
saturday
sunday
january
february
march
april
june
july
august
september
october
november
december

[place.title]
note = titles before a name: "governor Gladkov" is a person, not a place (after a capitalised title, "Governor Gladkov", the name is already the second word of a longer one)
check = places
example = Russian drones struck a depot on Monday, governor Gladkov said. => Russia (country)
example = Houthi drones struck a tanker in Yemen on Monday as INS Kochi sailed past. => Yemen (country)
president
minister
governor
mayor
general
gen
spokesman
spokeswoman
commander
leader
chief
head
# ship prefixes: "INS Kochi", "USS Carney", "HMS Diamond" name ships, not places
ins
uss
hms
rfs
mv

[text.glued_word]
note = small words a scraper glued to the capitalised name after them ("the Israeli city ofArad", "attacks onKharg Island"): read apart before anything else reads the text; compared as written, lower case only
check = places
example = A missile slammed into a building in the Israeli city ofArad on Saturday. => Arad
of
in
on
at
to
from
near
into
and
the

[text.glued_ending]
note = word endings a scraper glued to the capitalised name after them ("Iran'sSouth Pars"): read apart too
check = places
example = Russian drones struck Ukraine'sOdesa on Monday. => Odesa
's

[place.before_name]
note = capitalised words that may stand before a place name without making it the second word of a person's or a group's name ("In Kharkiv", "Breaking Kharkiv")
check = places
example = The Kharkiv city was struck by Russian drones on Monday. => Kharkiv
the
in
on
at
a
an
after
before
near
from
and
of
to
as
by
when
while
with
report
update
wrapup
breaking
live
exclusive

[place.geo_tail]
note = last words of a geographic name ("the Gaza Strip", "the West Bank", "the Golan Heights")
check = places
example = Russian missiles struck the Crimean peninsula on Monday. => Crimea (admin1)
peninsula
strip
coast
valley
bank
heights
mountains
highlands
desert
delta
islands

[place.facility]
note = capitalised words after a place name that name a facility of it ("Port Sudan International Airport"): the place is the town
check = places
example = Drones struck Kherson Thermal Power Plant on Monday. => Kherson
international
airport
airbase
airfield
air
base
cantonment
barracks
garrison
refinery
port
harbour
harbor
thermal
power
plant
station
dam
bridge
hospital
university
prison
stadium
checkpoint
crossing
terminal
oil
depot
# named buildings of a town ("the Damascus Opera House", "the Kharkiv Regional Hospital",
# "the Kyiv TV Tower", "the Mykolaiv Regional Administration building")
example = A mortar attack on the Damascus Opera House killed two people. => Damascus
example = A missile hit the Kharkiv Regional Hospital on Monday. => Kharkiv
regional
central
general
clinical
maternity
children's
clinic
medical
opera
theatre
theater
drama
house
tower
tv
television
radio
broadcasting
mall
market
shopping
centre
center
square
mosque
church
cathedral
monastery
school
college
academy
institute
museum
hotel
hall
palace
library
railway
rail
train
bus
metro
administration
council
building
headquarters
factory
shipyard
naval

[place.water_head]
note = water named before "of" ("the Gulf of Aden", "the Sea of Azov"): no place that is struck
check = places
example = Houthi missiles struck a ship in the Gulf of Aden on Monday. => -
gulf
sea
bay
strait
straits
lake
river

[place.water]
note = water named after a name ("the Caspian Sea", "the Dnipro River"): no place that is struck
check = places
example = Houthi missiles struck a tanker in the Red Sea on Monday. => -
example = A drone struck a vessel in the Bab el-Mandeb Strait on Monday. => -
sea
ocean
gulf
river
lake
strait
bay
canal

[place.demonym_ending]
note = endings of a country's adjective ("Israeli territory", "Russian cities"): the country is no place then
check = places
example = Israeli jets struck Syrian army positions on Monday. => Syria (country)
i
ian
ean
ese
ish

[place.not_speech]
note = words after "claimed" that make it no speech ("the bombing in Mogadishu claimed 20 lives"): the place is no speaker's
check = places
example = A car bomb in Mogadishu claimed 20 lives in Afgooye on Monday. => Mogadishu; Afgooye
lives

[place.list_gap]
note = gaps between the names of a list ("Moscow and the Crimean peninsula"): a name takes the status of the one before
check = places
example = Drones attacked Moscow and Tula on Monday. => Moscow; Tula
" and "
", "
" and the "
", the "
" or "
", and "
", and the "
" as well as "

[place.region_list_gap]
note = gaps of a list of regions with one plural region word ("Kharkiv and Sumy regions")
check = places
example = Russian shelling hit the Kharkiv and Sumy regions on Monday. => Kharkiv Oblast (admin1); Sumy Oblast (admin1)
" and "
", "
", and "

[place.city_part]
note = the word after a name that makes it a part of a city named in the sentence ("the Shevchenkivskyi district")
check = places
example = A Russian missile hit Kharkiv on Monday, damaging houses in the Shevchenkivskyi district. => Kharkiv, district Shevchenkivskyi
district

[place.part_word]
note = words for a part of a town: "the X district of Y" is the town Y, district X
check = places
example = Israeli jets struck the Zeitoun neighbourhood of Gaza City on Monday. => Gaza City, district Zeitoun
area
district
neighbourhood
neighborhood
quarter

[place.shared_gap]
note = gaps between two triggers that share the place of the second ("40 drones and 10 missiles at Kyiv")
check = places
example = Russia launched 40 drones and 10 missiles at Kyiv on Monday. => Kyiv; Kyiv
" and "
","

# ------------------------------------------------------------- casualties ---

[cas.filler]
note = words that may stand between a count and its casualty word ("two people were reportedly killed")
check = casualties
example = Russian shelling hit Kherson on Monday; two people have also reportedly been killed. => killed 2
example = Sixteen people, half of them children, were killed in an Israeli air strike on a house in Rafah on Monday. => killed 16
example = Twelve people, most of them women, were killed in an Israeli air strike on a house in Rafah on Monday. => killed 12
example = Twelve people, some of them children, were killed in an Israeli air strike on a house in Rafah on Monday. => killed 12
were
was
have
has
been
had
are
is
reportedly
confirmed
also
seriously
severely
lightly
critically
slightly
fatally
mortally
badly
other
more
people
of
them
and
in
the
attack
strike
being
left
got
all
including
among
at
least
# a part of the total told in a word, not a number ("16 people, half of them children, were killed")
half
most
some

[cas.plural_victim]
note = victim nouns that are plural without an -s ("people", "police", "children"): never one victim each
check = casualties
example = Russian shelling hit Kherson on Monday, people killed. => -
example = An Israeli air strike hit a house in Rafah on Monday, killing a woman and their children. => killed 1
people
police
children
men
women
gunmen
policemen
servicemen
militiamen
fishermen

[cas.article]
note = words that count one victim before a victim noun ("a woman and two children": 3)
check = casualties
example = Russian shelling killed a woman and two children in Kherson on Monday. => killed 3
example = Russian shelling killed two soldiers and another civilian in Kherson on Monday. => killed 3
a
an
one
another

[cas.definite]
note = "the" before a singular victim of [cas.singular_the] counts one ("the bomber and three worshippers": 4)
check = casualties
example = A drone hit a car in Kherson on Monday, killing the driver. => killed 1
the

[cas.possessive]
note = words that count one victim before a singular victim noun of casualties.lex ("his wife", "their mother"), as "a" does; not when a victim named with an age follows the noun ("his brother Omar, 9": the name is the person)
check = casualties
example = An Israeli air strike hit a house in Rafah on Monday, killing a man, his wife and their four children. => killed 6
example = An Israeli air strike hit a house in Rafah on Monday, killing Ahmad Saleh, 12, his brother Omar, 9, and their mother. => killed 3
example = An Israeli air strike hit a house in Rafah on Monday, killing Ahmad Saleh, 12, and injuring his mother. => killed 1, injured 1
his
her
their
its

[cas.not_name]
note = words that, capitalised in a headline ("Defector killed At Khan Sheikhun"), start no victim's name after or before a casualty word
check = casualties
example = Defector killed At Khan Sheikhun in Idlib as Syrian jets bombed the town on Monday. => -
at
in
on
of
the
for
by
from
near
after
before
during
with
and
as
to
over
amid
monday
tuesday
wednesday
thursday
friday
saturday
sunday

[cas.self]
note = pronouns that count the attacker among the dead ("killing himself and three others")
check = casualties
example = A suicide bomber killed himself and three worshippers in Peshawar on Monday. => killed 4
himself
herself

[cas.singular_the]
note = nouns after "the" that count one victim ("the bomber", "the driver")
check = casualties
example = A drone strike on a car in Kherson on Monday killed the driver and two passengers. => killed 3
bomber
attacker
driver
pilot
commander
gunman
militant
soldier
officer
policeman
man
woman
boy
girl
child

[cas.update_verb]
note = verbs between a casualty word and its count that make the count a running toll ("the death toll rose to 12"): it replaces, never adds
check = casualties
example = Russian missiles struck Dnipro on Monday, killing five; the death toll later rose to 12. => killed 12
rose
risen
climbed
increased
reached
jumped

[cas.part_of_toll]
note = words between a count and its casualty word that make it a part of a toll ("31 women were among the dead"): it never lowers it
check = casualties
example = Israeli strikes killed 50 people in Gaza City on Monday; 31 women were among the dead. => killed 50
example = Russian artillery hit three houses in Kherson on Sunday, injuring nine people, with two sustaining heavy wounds. => injured 9
example = A Russian missile hit a school in Kharkiv on Sunday, wounding 14 people, with three suffering serious injuries. => injured 14
" among"
# the severity of a part of the wounded told after the toll ("with two sustaining heavy wounds")
" sustaining"
" suffering"

[cas.part_of_group]
note = how a gap starts when a count is a part of a group told before ("three of the wounded died")
check = casualties
example = Russian shelling wounded ten people in Kherson on Monday; three of the wounded died. => injured 10
" of the "
" of them"
" of those "
" of whom"

[cas.self_join]
note = gaps that join the attacker's own death to a count ("himself and three others")
check = casualties
example = A suicide bomber killed himself and three worshippers in Peshawar on Monday. => killed 4
" and "
", "

[cas.one_victim_join]
note = what must be in the gap before a victim counted without a number ("two soldiers and a child", not "three civilians, a police officer said")
check = casualties
example = Russian shelling killed two soldiers and a child in Kherson on Monday. => killed 3
" and"
" as well as"
" in addition to"
" plus"

[cas.new_group]
note = how the text after a count starts when the count opens a new group of victims ("and 43 others were injured"): it ends a list of parts told after a total
check = casualties
example = Four people were killed, including three children, and 43 others were injured in rocket attacks on Aleppo on Monday. => killed 4, injured 43
" others"
" other "
" more "

[place.water_of]
note = the word that joins a [place.water_head] to its name ("the Gulf of Aden"): water, no place that is struck
check = places
example = Houthi missiles struck a ship in the Gulf of Aden on Monday. => -
of

[cas.bare_victim_joiner]
note = words that join singular victim nouns listed with no number before a casualty word ("Child and man killed": 2)
check = casualties
example = Child and man killed as Russian drones strike Kherson on Monday. => killed 2
and
