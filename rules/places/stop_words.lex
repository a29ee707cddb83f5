# rules/places/stop_words.lex — capitalised words that are place names somewhere
# but in news text are almost always something else.
#
# is_place_name() answers false for these unless the place is big (see
# [settings]); resolve() still resolves them when the extractor asks. Country
# adjectives and demonyms (countries.lex) are rejected without being listed.
# Matching ignores case and diacritics. One word or phrase per line.

[settings]
# A stop word still counts as a place name when some place of that name has at
# least big_population inhabitants, or is a national capital with at least
# big_capital_population ("Washington" yes, Seychelles' "Victoria" no).
big_population = 1000000
big_capital_population = 100000
# A name whose every place is a settlement with fewer than small_population
# people (no region, no country of that name) is read as a place only where the
# text announces one ("in X", "the village of X", "near X", "shelling of X"):
# elsewhere such a capitalised word is more often a person ("Bennett said", "his
# mother Shiri"). 0 switches this off.
small_population = 5000

[words]
# function words and sentence openers
The
A
An
And
But
Or
If
In
On
At
Of
To
For
By
As
It
Its
This
That
These
Those
There
Then
He
She
We
They
His
Her
Our
Their
All
Some
One
Two
Three
No
Not
Yes
So
Also
After
Before
During
While
When
Where
Why
How
What
Who
Earlier
Later
Since
Until
Near
Over
Under
Between
Among
According
Meanwhile
However
Today
Tonight
Yesterday
Tomorrow
# time
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday
January
February
March
April
May
June
July
August
September
October
November
December
# abbreviated, as datelines write them ("Monday 6 Jun 2016", "Jan 20 2015")
Jan
Feb
Mar
Apr
Jun
Jul
Aug
Sep
Sept
Oct
Nov
Dec
Mon
Tue
Tues
Wed
Thu
Thur
Thurs
Fri
Sat
Christmas
Easter
Ramadan
# news vocabulary
Strike
Strikes
Attack
Attacks
Power
Bank
Hope
Mission
Police
President
Prime Minister
Minister
Ministry
Defence
Defense
Army
Air Force
Navy
Forces
Force
Military
Government
Governor
Mayor
Council
Parliament
Security
Service
Emergency
Emergencies
Rescue
Fire
Red Cross
Red Crescent
Health
Hospital
School
University
Church
Station
Airport
Port
Energy
Oil
Gas
Water
Independence
Liberty
Freedom
Victory
Unity
Peace
Union
Republic
Federation
State
States
National
International
General
Colonel
Major
Captain
Commander
Chief
Head
Officials
Official
Reuters
Associated Press
Agence France-Presse
News
Times
Post
Telegram
Twitter
Facebook
Media
Press
Report
Reports
Photo
Video
Update
Live
Breaking
Story
Center
Centre
Central
North
South
East
West
Northern
Southern
Eastern
Western
City
Town
Village
Region
District
Province
Oblast
Front
Line
Frontline
Border
Island
Sea
River
Lake
Mountain
Valley
Bridge
Road
Street
Square
Market
Plant
Factory
Kremlin
Pentagon
White House
Washington Post
Day
Night
Morning
Evening
Week
Month
Year
God
Allah
Islamic
Islamic State
Hamas
Hezbollah
Houthi
Houthis
Taliban
Wagner
Al Shabaab
Drone
Drones
Missile
Missiles
Rocket
Rockets
Shahed
Iskander
Kinzhal
Kalibr
Patriot
Grad
Storm Shadow
Reaper
Eagle
Falcon
Lion
Liberty
Justice
Unity
Progress
Paradise
Harmony
Concord
Friendship
Enterprise
Commerce
Industry
Marine
Marines
Guard
National Guard
Border Guard
Coast Guard
Brigade
Battalion
Regiment
Division
Corps
Command
Operation
Operations
# person names that are also place names somewhere
Putin
Zelensky
Zelenskyy
Biden
Trump
Netanyahu
Gallant
Shoigu
Lavrov
Peskov
Kadyrov
Lukashenko
Erdogan
Assad
# a possessive without its apostrophe ("Bashar Assads troops") and Seif al-Islam: villages
# in Morocco and Iran since the table has their village-level files
Assads
Seif
Nasrallah
Sinwar
Haniyeh
Macron
Scholz
Sunak
Johnson
Stoltenberg
Guterres
Kuleba
Klitschko
Yermak
Budanov
Syrskyi
Zaluzhnyi
Prigozhin
Gerasimov
Medvedev
Vladimir
Volodymyr
Joe
John
James
David
Michael
Mohammed
Muhammad
Ahmed
Ali
Hassan
Hussein
Omar
Abdullah
Ibrahim
Ivan
Oleksandr
Alexander
Andriy
Sergei
Serhiy
Dmitry
Viktor
Maria
Anna
Olena
Elena
Victoria
Charles
George
William
Mark
Paul
Peter
Getty
Igor
Duma
Rada
Verkhovna Rada
Knesset
Majlis
Amal
Old City
City Centre
Salam
Sky News
Al Jazeera
CNN
BBC
# organisations and acronyms
Shabaab
al-Shabaab
Hezbollah
Houthis
NATO
UN
EU
IDF
SBU
ISW
ISIS
ISIL
UAV
IED
HIMARS
ATACMS
OSCE
UNICEF
UNRWA
OCHA
ICRC
IAEA
FSB
GUR
RIA
TASS
AP
AFP
CNN
BBC
ISO
JSON
# casualty shorthand in military reports ("2 KIA's, 4 WIA's"): killed, wounded, missing in action
KIA
WIA
MIA
POW
POWs
# languages, peoples and faiths (country adjectives are rejected without a listing)
English
Arabic
Arab
Arabs
Hebrew
Kurdish
Kurds
Tatar
Tatars
Chechen
Chechens
Pashtun
Baloch
Druze
Shia
Shiite
Sunni
Alawite
Christian
Muslim
Jewish
European
African
Asian
Soviet
Nazi
# rivers, seas and deserts that share a name with a village somewhere ("the
# Danube region" is Ukraine's Odesa oblast, not Danube in Myanmar)
Danube
Dnieper
Tigris
Euphrates
Nile
Litani
Orontes
Sahara
# continents and world regions: no strike is placed at one, and some are an old
# name of a town in GeoNames ("southern Africa" is not Mahdia in Tunisia)
Africa
Europe
Asia
Americas
Oceania
Antarctica
Eurasia
Scandinavia
Balkans
Caucasus
Levant
Maghreb
Sahel
