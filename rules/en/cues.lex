# Cues that make a trigger NOT an event, and cues that tell the outcome.
# A cue applies when it stands in the same clause as the trigger (clauses are
# cut at ; : and at commas before a new verb phrase; see docs/RULES.md).
# Each line is a phrase (whole words; a lowercase phrase also matches with a
# capital first letter, so "may" does not match the month "May"). A mention
# dropped by a cue leaves no event; the outcome sections show up in an event's
# rules as outcome.hit / outcome.intercepted.

# Something that has not happened: plans, threats, possibilities.
[modal]
check = events
example = Russia may strike Kyiv with drones next week. => no event
example = Russia threatened to strike Kyiv with missiles. => no event
could
would
might
may
will
shall
should
plans to
planned to
planning to
intends to
intend to
threatened to
threatens to
threaten to
threatened
threatens
vowed to
vows to
warned of
warns of
warning of
warnings of
possible
potential
ready to
prepared to
preparing to
aims to
seeks to
if
unless
in case
in the event of
capable of
able to
possibility of
risk of
fears of
fear of
likely to
expected to
set to
going to
could have
would have
hypothetical
imagine
# strikes still to come ("leaflets warning people to evacuate to evade upcoming strikes")
example = Leaflets warned residents of northern Gaza to leave before upcoming strikes on Monday. => no event
upcoming
impending
imminent

# Denials and negated attacks.
[negation]
check = events
example = Russian forces did not strike Kharkiv on Monday, the ministry said. => no event
did not
didn't
does not
doesn't
never
denied
denies
deny
no strikes
no attacks
not carried out
not launched
has not
have not
hasn't
haven't
rejected claims
false claims
fake
# an explosive that was made safe or found, not set off
defused
defusing
dismantled
disarmed
controlled explosion
controlled detonation
failed to explode
no aircraft
no drones
no missiles
no rockets

# Habitual or generic statements, round-ups without a specific strike.
[generic]
check = events
example = Russian drones regularly strike Kharkiv. => no event
example = Biden criticised the indiscriminate bombing of Gaza on Thursday. => no event
countless
# a campaign characterised, not one strike reported
indiscriminate bombing
indiscriminate bombardment
indiscriminate shelling
indiscriminate attacks
indiscriminately
constant bombardment
constant bombing
constant shelling
constant sound of
constantly
relentless bombardment
relentless bombing
relentless shelling
relentless bombing campaign
relentless attacks
incessant bombardment
incessant shelling
widespread shelling
widespread bombardment
widespread bombing
on some days
for decades
for years
grew used to
grown used to
got used to
regular
have become common
has become common
become common
becoming common
increasingly common
continue to
continues to
continued to
every day
every night
daily
nightly
regularly
often
frequently
routinely
repeatedly
numerous
a succession of
succession of
a growing number of
growing number of
since the start of the war
since the beginning of the war
since the war began
since February 2022
rarely
primary targets
the threat of
threat from
campaign of
doctrine
defend against
protect against
defence against
defense against
in the aftermath of
following the attacks
following the attack
anniversary
commemorate
commemorated

symbol of
became a symbol
defining images
iconic
remembered
to remember
every
# words as weapons: criticism, not an attack ("Trump publicly attacked Kelly over a video")
publicly attacked
verbally attacked
# protests about strikes, and teasers for other stories, report no strike themselves
demonstrated against
demonstrate against
demonstration against
demonstrations against
protested against
protest against
protests against
rallied against
in solidarity with
demonstrated in
protested in
rallied in
protesters
demonstrators
protests erupt
protests erupted
protests broke out
read more
read also
also read
see also
related coverage
related stories
times since
attacks since

# Deliveries, purchases, production, tests, displays: weapons, not attacks.
[delivery]
check = events
example = Ukraine received new Patriot missiles from Germany on Monday. => no event
delivered
deliver
delivery
deliveries
supply
supplied
supplies
supplying
shipment
shipments
provide
provided
providing
send
sent
sending
package
aid package
purchase
purchased
buy
bought
acquire
acquired
production
produce
produced
manufacture
manufactured
factory producing
arsenal
stockpile
stockpiles
transfer
transferred
donated
pledged
approved
parade
displayed
unveiled
showcased
touted
# weapons shown, not used (not "ceremony": ceremonies are struck too)
example = A fragment of the missile was shown at an exhibition in Washington on Wednesday. => no event
exhibition
exhibited
on display
inspected
inspecting
# what a weapon can do, told of the weapon ("HIMARS missiles with a range of up to 70km")
example = Kyiv was in talks with the US about acquiring missiles with a range of up to 300km. => no event
with a range of
range of up to
a range of
acquiring
in possession of

# Accidents: nobody caused them on purpose.
[accident]
check = events
example = A gas explosion destroyed a house in Lviv on Monday. => no event
accident
accidental
accidentally
plane crash
train crash
helicopter crash
crashed shortly after
crashed during
derailed
derailment
gas explosion
gas leak
improper storage
improperly stored
safety violations
safety rules
safety principles
negligence
spontaneous combustion
gas cylinder
industrial accident
boiler
short circuit
faulty
malfunction
misfire
misfired
# crashes and collisions of aircraft ("a military transport plane crashed on takeoff", "a Blackhawk
# helicopter struck an airliner"), not strikes
example = A military transport plane crashed on takeoff in southern Colombia on Monday, killing 64. => no event
plane crashed
jet crashed
helicopter crashed
aircraft crashed
crashed on takeoff
crashed on take-off
crashed on landing
crash-landed
collided
collision
fireworks
firework
unexploded ordnance
old ordnance
leftover
World War Two
World War II
Second World War
WWII

# A weapons test or exercise, not an attack: launches into the sea, drills.
[test]
check = events
example = North Korea fired a ballistic missile into the sea off its east coast on Monday. => no event
example = Iran test-fired two cruise missiles on Tuesday. => no event
test
tests
tested
test-fired
test-fire
test-fires
test-firing
test fired
test fire
test fires
test firing
test launch
test launches
test-launch
test-launched
test-launches
drill
drills
exercise
exercises
into the sea off its
off its east coast
off its west coast
off its eastern coast
off its western coast
toward the sea
towards the sea
live-fire
live fire
war games
wargames

# A space launch, not an attack: rockets that carry satellites or crews.
[space]
check = events
example = SpaceX launched a Falcon 9 rocket carrying 22 Starlink satellites from Florida on Monday. => no event
example = A rocket carrying a spy satellite exploded shortly after launch on Wednesday. => no event
spacecraft
astronaut
astronauts
cosmonaut
cosmonauts
into orbit
space agency
SpaceX
NASA
Roscosmos
cosmodrome
space station
launch vehicle
spy satellite
weather satellite
reconnaissance satellite
communications satellite
launched a military satellite
satellite launch
launched a satellite
carrying a satellite
Starlink satellites

# Outcome: shot down / intercepted.
[intercepted]
check = outcome
example = Air defences shot down ten Russian drones over Kyiv on Monday. => intercepted
shot down
intercepted
interception
downed
destroyed in the air
neutralised
neutralized
suppressed by electronic warfare
suppressed
repelled
repulsed
were destroyed over
# air defences at work ("air defences were active over Kyiv"); the systems named alone are
# equipment ("co-operating to improve its air defence systems and fighter jets")
air defence was working
air defence was active
air defences were working
air defences were active
air defences were activated
air defence was activated
air defense was working
air defense was active
air defenses were working
air defenses were active
air defenses were activated
air defense was activated
air defence worked
air defences worked
air defense worked
air defenses worked
air defence responded
air defences responded
air defense responded
air defenses responded
air defence repelled
air defences repelled
# air defences as the subject of "destroyed" (TASS: "air defense systems destroyed 17 UAVs")
air defence destroyed
air defences destroyed
air defense destroyed
air defenses destroyed
air defence systems destroyed
air defense systems destroyed
air defence systems on duty destroyed
air defense systems on duty destroyed
air defence units destroyed
air defense units destroyed
air defence forces destroyed
air defense forces destroyed

# Outcome: an impact.
[hit]
check = outcome
example = A Russian missile hit an apartment block in Dnipro on Monday. => hit
hit
derailing
hitting
struck
striking
damaging
damaged
damage
destroyed
destroying
killed
killing
injured
injuring
wounded
wounding
exploded
fire broke out
caught fire
set ablaze
ablaze
debris
crashed into
landed
fell in an open area
fell in open areas
fell in an open field
fell in a field
fell on
slammed into
gutted
flattened
burned
on fire
impact
blast
razed
collapsed
shattered
