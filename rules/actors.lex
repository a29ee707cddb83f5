# Who carries out attacks. Each [section] is a canonical actor name as it
# appears in the output; each line is a way the text names it: the country or
# group, its adjective and demonym, its forces, its leaders. Possessives
# ("Russia's") are matched automatically.
# Tags:
#   @capital  a capital city: an actor only when it is the subject of an attack
#             verb ("Moscow launched"), never as an adjective or after
#             "at/on/in" ("drones aimed at Moscow" is a place).
#   @leader   a person who stands for the state ("Putin launches strike").

[Russia]
Russia
Russian
Russians
Russian Federation
Russian forces
Russian army
Russian military
the Kremlin
Kremlin
Putin @leader
Vladimir Putin @leader
Moscow @capital
occupiers
occupying forces
Russian-backed
pro-Russian

[Ukraine]
Ukraine
Ukrainian
Ukrainians
Ukrainian forces
Ukrainian army
Ukrainian military
Armed Forces of Ukraine
the Kiev regime
Kiev regime
Kyiv regime
Zelensky @leader
Zelenskyy @leader
Kyiv @capital
Kiev @capital

[Israel]
Israel
Israeli
Israelis
IDF
Israel Defense Forces
Israeli military
Israeli army
Israeli forces
Netanyahu @leader
Jerusalem @capital

[Hamas]
Hamas
Qassam Brigades
al-Qassam Brigades
Ezzedine al-Qassam Brigades

[Palestinian Islamic Jihad]
Islamic Jihad
Palestinian Islamic Jihad
Al-Quds Brigades

[Hezbollah]
Hezbollah
Hizbollah
Hizbullah

[Houthis]
Houthi
Houthis
Houthi rebels
Ansar Allah
Yemen's Houthis

[Saudi-led coalition]
Saudi-led coalition
Saudi-led
Saudi
Saudi Arabia
Saudi-led forces

[Syria]
Syrian government
Syrian army
Syrian regime
Syrian forces
regime forces
Assad regime
Damascus @capital

[United States]
United States
U.S.
US
American
Americans
U.S. military
US military
Pentagon
CENTCOM
Washington @capital

[United Kingdom]
British
Britain
United Kingdom
UK
RAF

[Turkey]
Turkey
Turkish
Turkish military
Turkish army
Ankara @capital

[Iran]
Iran
Iranian
Iranians
IRGC
Revolutionary Guards
Tehran @capital

[Islamic State]
Islamic State
ISIS
ISIL
IS
Daesh
Islamic State group
ISWAP
Islamic State West Africa Province
IS-K
ISIS-K
Islamic State Khorasan

[Al Shabaab]
Al Shabaab
Al-Shabab
Shabaab

[Taliban]
Taliban
Pakistani Taliban
TTP
Tehreek-e-Taliban Pakistan

[Boko Haram]
Boko Haram

[JNIM]
JNIM
Jama'at Nusrat al-Islam wal-Muslimin
al-Qaeda affiliate

[Rapid Support Forces]
Rapid Support Forces
RSF
paramilitary Rapid Support Forces

[Sudan]
Sudanese Armed Forces
Sudanese army
Sudan's army
SAF

[Pakistan]
Pakistan
Pakistani
Pakistani military
Islamabad @capital

[Afghanistan]
Afghan forces
Afghan army

[Iraq]
Iraqi forces
Iraqi army

[Azerbaijan]
Azerbaijan
Azerbaijani
Azeri

[Armenia]
Armenia
Armenian

[Myanmar]
Myanmar military
Myanmar junta
junta
Tatmadaw
Myanmar army

[Ethiopia]
Ethiopian military
Ethiopian army
Ethiopian government
Ethiopian National Defense Force
ENDF

[Nigeria]
Nigerian military
Nigerian army
Nigerian Air Force
NAF

[Mali]
Malian army
Malian military
FAMa

[Somalia]
Somali army
Somali forces

[PKK]
PKK
Kurdistan Workers' Party

[Syrian Democratic Forces]
SDF
Syrian Democratic Forces

[Wagner Group]
Wagner
Wagner Group
Africa Corps

[DPR]
DPR
Donetsk People's Republic
separatists
pro-Russian separatists


[LPR]
LPR
Luhansk People's Republic
