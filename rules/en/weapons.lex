# Named weapon systems. Each [section] is a weapon (the closed list in
# docs/OUTPUT.md); each line is a name as news text writes it (matched
# case-insensitively on whole words, hyphen and space interchangeable).
# A name here both triggers an event and decides its weapon: "Kalibr" -> missile.
# Each section states the weapon a sentence gives with one of its names:
# "example = TEXT => WEAPON", run by salvo test-rules (check = weapon).

[missile]
example = A Kinzhal hit an airfield near Starokostiantyniv on Monday, the air force said. => missile
Iskander
Iskander-M
Iskander-K
Kalibr
Kinzhal
Kh-101
Kh-555
Kh-55
Kh-22
Kh-32
Kh-59
Kh-31
Kh-35
Kh-47
Tochka-U
Tochka
Onyx
Oniks
Zircon
Tsirkon
S-300
S-400
Storm Shadow
SCALP
ATACMS
Taurus
Tomahawk
Neptune
Fateh-110
Fateh
Zolfaghar
Burkan
Scud
Toophan
Kheibar
Emad
Ghadr
Sejjil
Qiam
Kornet
anti-tank guided missile
ATGM

[rocket]
example = A Grad barrage hit the centre of Nikopol on Monday, wounding three people. => rocket
Grad
BM-21
Uragan
Smerch
Tornado-S
HIMARS
M142
MLRS
Qassam
Katyusha
Falaq
Burkan-1
Vampire
Hurricane

[drone]
example = A Shahed hit an apartment block in Sumy on Monday, killing two people. => drone
Shahed
Shahed-136
Shahed-131
Shahed-238
Geran
Geran-2
Lancet
FPV
FPV drone
Bayraktar
Bayraktar TB2
TB2
Mohajer
Orlan
Switchblade
Samad
Qasef
Ababil
Mavic
Lyutyi
UJ-22
Beaver
MQ-9
MQ-9 Reaper
Akinci

[aircraft]
example = A Russian Su-34 struck Kupiansk on Monday, the governor said. => aircraft
Su-34
Su-35
Su-25
Su-24
Su-30
Su-27
Tu-95
Tu-22M3
Tu-22
Tu-160
MiG-31
MiG-29
F-16
F-15
F-35
F-18
Apache
Mi-24
Mi-8
Ka-52
B-52
F-15E
F-15I
F-16I
A-10
AC-130
Su-22
MiG-21
MiG-23
L-39
Yak-130
Rafale
Typhoon jet
# the transport plane that air forces in Sudan, Ethiopia and Libya use as a bomber
Antonov
barrel bombs
barrel bomb

[artillery]
example = Ukrainian gunners fired a Krab at Russian positions near Bakhmut on Monday. => artillery
howitzer
Caesar
M777
Krab
Pion
Msta
Giatsint
Archer
Paladin
Bohdana

[mortar]
example = A 120mm mortar round hit a school in Donetsk on Monday, wounding a teacher. => mortar
82mm mortar
120mm mortar
