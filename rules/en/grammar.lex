# Function words the extractor's patterns are built from. Analysts rarely need
# to touch these; each section is used by one step (docs/RULES.md).

# Verbs that report an attack with the attacker as subject
# ("Russia launched", "Israeli jets struck", "Hamas fired").
[attack_verb]
check = actor
example = Russia struck Kyiv with missiles on Monday. => Russia
launched
detonated
detonates
planted
set off
threw
throws
hurled
lobbed
launches
launching
fired
fires
firing
struck
strikes
hit
hits
shelled
shells
bombed
bombs
attacked
attacks
targeted
targets
pounded
pounds
carried out
carries out
conducted
conducts
dropped
drops
unleashed
unleashes
used
sent
deployed
hammered
blasted
raided

# Nouns that stand between an actor and a trigger ("Russian forces' missiles",
# "Ukrainian kamikaze drones", "Israeli fighter jets").
[modifier]
check = actor
example = Russia's new Kalibr missiles struck Odesa on Monday. => Russia
forces
troops
army
army's
military
military's
navy
air force
armed forces
cruise
ballistic
guided
kamikaze
attack
combat
suicide
explosive-laden
long-range
short-range
hypersonic
heavy
massive
deadly
new
overnight
latest
fresh
renewed
retaliatory
precision
artillery
rocket
missile
drone
air
aerial
naval
sea
fighter
war
multiple
several
two
three
four
five
dozens of
dozen
more
other
first
second
large-scale
combined
barrage
wave

# Words before a place that make it the strike's location.
[place_before]
check = places
example = Russian drones struck the village of Hope on Monday. => Hope
in
on
at
near
outside
over
into
across
around
targeting
targeted
hit
struck
shelled
bombed
pounded
attacked
aimed at
territory of
over the territory of
city of
town of
village of
settlement of
hamlet of
community of
moshav of
kibbutz of
camp of
township of
municipality of
neighbourhood of
neighborhood of
governorate of
region of
suburb of
outskirts of
district of
province of
port of
capital
area of
# the plural heads of a list of places ("the eastern Afghan provinces of Nangarhar and
# Paktika", "the border areas of Yaroun and Hanine", "the northern communities of Biriya
# and Kadita")
example = Pakistani jets struck the eastern Afghan provinces of Nangarhar and Paktika on Sunday. => Nangarhar (admin1); Paktika (admin1)
cities of
towns of
villages of
communities of
settlements of
provinces of
regions of
districts of
areas of
border areas of
neighbourhoods of
neighborhoods of
ports of
port cities of
governorates of

# Words before a place that make it NOT the strike's location.
[place_not_before]
check = places
example = Missiles launched from Belgorod struck Kharkiv on Monday. => Kharkiv
from
by
launched by
fired by
points at
pointed at
launched from
fired from
hometown of
native
born in
president of
minister of
governor of
mayor of
leader of
residents of
people of
citizens of
visit to
visited
trip to
talks in
summit in
to
towards
toward
back to
returned to
fled to
fled from
# a neighbouring country or region named as a bearing ("near the border with Poland",
# "the Bryansk region, which borders Ukraine") is not where the strike was
border with
borders
bordering
frontier with
# where a speaker spoke, not where the strike was ("the ministry said in a statement in Kyiv",
# "speaking in Brussels", "told reporters in Washington", "visiting Beirut")
speaking in
speaking from
said in
says in
told reporters in
told journalists in
briefing in
a briefing in
news conference in
press conference in
statement in
statement issued in
speech in
interview in
addressing
visiting
arrived in
meeting in
met in
# the government accused of or blamed for a strike ("Moscow accused Kiev of orchestrating a truck
# bombing", "Kyiv blamed Moscow for the missile strike"): not where it was
accused
accusing
accuses
blamed
blaming
blames
# capitals standing for their governments in the relations between them ("disagreements
# between Washington and Kiev", "talks between Moscow and Ankara")
example = A Russian missile struck a school on Monday, testing the ties between Washington and Kyiv. => Ukraine (country)
disagreements between
disagreement between
differences between
tensions between
tension between
talks between
negotiations between
relations between
ties between
rift between
dispute between
agreement between
deal between
meeting between
contacts between
cooperation between
co-operation between
# a ship's name, not a place ("the cruiser Moskva", "the tanker Marlin Luanda")
cruiser
flagship
warship
frigate
destroyer
corvette
tanker
vessel
freighter
submarine
landing ship
aircraft carrier

# Verbs that report speech: their subject is the source, not the attacker.
[reporting_verb]
check = actor
example = Ukraine said Russian drones hit Odesa on Monday. => Russia
said
says
announced
announces
reported
reports
claimed
claims
stated
states
told
confirmed
confirms
added
wrote
posted
according to
