"""(b) team-written wire-style texts, (c) documents with no event, (d) the seed article.
Texts are written for this gold set; places are real GeoNames entries."""
import os

from docs_ucdp import E

TEAM = [
    dict(id='team-odesa-drones', pub='2024-03-02',
         text='KYIV, March 2 (Reuters) - Russian drones struck an apartment block in Odesa overnight, killing at least '
              'five people, including two children, the regional governor said on Saturday. Ukraine\'s air force said '
              'it had shot down 14 of 17 Shahed drones launched by Russia.',
         events=[E('air', 'drone', 'Odesa', actor='Russia', target='residential', k=(5, None), date='2024-03-01')]),
    dict(id='team-kharkiv-liveblog', pub='2024-05-26',
         text='09:41 - Kharkiv: A guided bomb dropped by a Russian warplane hit a shopping centre in Kharkiv\'s Kyivskyi '
              'district on Saturday afternoon, Governor Oleh Syniehubov said. At least 12 people were killed and 43 '
              'injured.\n10:15 - Sumy region: Shelling of the border village of Krasnopillia on Sunday morning injured '
              'two women, local officials said.',
         events=[E('air', 'aircraft', 'Kharkiv', actor='Russia', target='infrastructure', k=(12, None), i=(43, 43),
                   date='2024-05-25'),
                 E('shell', 'artillery', 'Krasnopillia', target='civilians', i=(2, 2), date='2024-05-26')]),
    dict(id='team-ru-mod-statement', pub='2024-08-13',
         text='The Ministry of Defence of the Russian Federation reports: on the night of 12 to 13 August, an attempt by '
              'the Kyiv regime to carry out a terrorist attack using fixed-wing unmanned aerial vehicles against targets '
              'on the territory of the Russian Federation was thwarted. Air defence systems on duty destroyed 11 UAVs '
              'over the territory of the Bryansk region and two over the Kursk region.',
         events=[E('air', 'drone', 'Bryansk Oblast', actor='Ukraine', out='intercepted', date='2024-08-12'),
                 E('air', 'drone', 'Kursk Oblast', actor='Ukraine', out='intercepted', date='2024-08-12')]),
    dict(id='team-red-sea-note', pub='2024-02-22',
         text='Analyst note: Houthi forces fired two anti-ship ballistic missiles at a Liberian-flagged bulk carrier in '
              'the Red Sea off the port of Hodeidah on Tuesday; one struck the vessel, causing a fire, and no casualties '
              'were reported, CENTCOM said.',
         events=[E('shell', 'missile', 'Hodeidah', near=True, actor='Houthis', target='infrastructure', k=(0, 0),
                   i=(0, 0), date='2024-02-20')]),
    dict(id='team-gaza-khan-younis', pub='2023-10-17',
         text='GAZA, Oct 17 (Reuters) - An Israeli air strike on a house in Khan Younis in the southern Gaza Strip killed '
              '13 members of one family on Tuesday, Palestinian health officials said. Later on Tuesday, dozens of '
              'people were wounded when Israeli warplanes bombed a market in the Jabalia refugee camp.',
         events=[E('air', 'unknown', 'Khan Younis', actor='Israel', target='residential', k=(13, 13), date='2023-10-17'),
                 E('air', 'aircraft', 'Jabalia', actor='Israel', target='infrastructure', i=(12, None),
                   date='2023-10-17')]),
    dict(id='team-hamas-rockets', pub='2023-10-08',
         text='Hamas fired a barrage of rockets at southern Israel on Saturday morning. A rocket hit a house in Ashkelon, '
              'injuring three people, one of them seriously, while the Iron Dome intercepted the rockets fired at '
              'Sderot, the Israeli military said on Sunday.',
         events=[E('shell', 'rocket', 'Ashkelon', actor='Hamas', target='residential', i=(3, 3), date='2023-10-07'),
                 E('shell', 'rocket', 'Sderot', actor='Hamas', out='intercepted', date='2023-10-07')]),
    dict(id='team-lebanon-nabatieh', pub='2024-09-23',
         text='BEIRUT, Sept 23 (AP) - Israeli strikes on the town of Nabatieh killed five people in a residential '
              'building on Monday, Lebanon\'s health ministry said. Also on Monday, an Israeli drone strike on a car near '
              'Tyre killed two Hezbollah members, the group said.',
         events=[E('shell', 'unknown', 'Nabatieh', actor='Israel', target='residential', k=(5, 5), date='2024-09-23'),
                 E('air', 'drone', 'Tyre', near=True, actor='Israel', target='unknown', k=(2, 2), date='2024-09-23')]),
    dict(id='team-idlib-raids', pub='2019-12-19',
         text='Russian warplanes carried out at least ten air raids on Idlib city and the town of Maarat al-Numan on '
              'Wednesday, killing at least six civilians in Idlib and three in Maarat al-Numan, the Syrian Observatory '
              'for Human Rights said on Thursday.',
         events=[E('air', 'aircraft', 'Idlib', actor='Russia', target='civilians', k=(6, None), date='2019-12-18'),
                 E('air', 'aircraft', 'Maarat al-Numan', actor='Russia', target='civilians', k=(3, 3), date='2019-12-18')]),
    dict(id='team-yemen-us-strikes', pub='2024-01-12',
         text='SANAA, Jan 12 (Reuters) - U.S. warplanes struck Houthi targets across Yemen overnight, including the '
              'airport in the capital Sanaa and a military base near Hodeidah, the Houthis\' Al Masirah TV said. The '
              'group said five of its fighters were killed.',
         events=[E('air', 'aircraft', 'Sanaa', actor='United States', target='infrastructure', date='2024-01-11'),
                 E('air', 'aircraft', 'Hodeidah', near=True, actor='United States', target='military',
                   date='2024-01-11')]),
    dict(id='team-sudan-el-fasher', pub='2024-06-03',
         text='The paramilitary Rapid Support Forces shelled a market in El Fasher on Sunday, killing 15 civilians and '
              'wounding dozens, activists said on Monday. Army drones hit RSF positions in Omdurman the same day.',
         events=[E('shell', 'artillery', 'El Fasher', actor='Rapid Support Forces', target='infrastructure', k=(15, 15),
                   i=(12, None), date='2024-06-02'),
                 E('air', 'drone', 'Omdurman', actor='Sudan', target='military', date='2024-06-02')]),
    dict(id='team-mogadishu-car-bomb', pub='2024-02-21',
         text='MOGADISHU, Feb 21 (Reuters) - Al Shabaab militants detonated a car bomb outside a hotel in Mogadishu on '
              'Wednesday, killing at least 10 people, police said. The death toll later rose to 15, a police officer '
              'said.',
         events=[E('rem', 'ied', 'Mogadishu', actor='Al Shabaab', target='infrastructure', k=(15, 15),
                   date='2024-02-21')]),
    dict(id='team-kunduz-mosque', pub='2021-10-09',
         text='KABUL - A suicide bomber blew himself up in a mosque in Kunduz during Friday prayers, killing more than '
              '50 worshippers and wounding over 100, a Taliban spokesman said on Saturday. Islamic State claimed '
              'responsibility.',
         events=[E('sui', 'suicide_vest', 'Kunduz', actor='Islamic State', target='infrastructure', k=(52, None),
                   i=(101, None), date='2021-10-08')]),
    dict(id='team-peshawar-police', pub='2023-01-30',
         text='PESHAWAR, Pakistan, Jan 30 (AP) - A suicide bombing inside a police headquarters in Peshawar on Monday '
              'killed 59 people, mostly policemen, and wounded 157, officials said. The toll could rise further.',
         events=[E('sui', 'suicide_vest', 'Peshawar', target='government', k=(59, 59), i=(157, 157),
                   date='2023-01-30')]),
    dict(id='team-mali-ied', pub='2023-08-14',
         text='BAMAKO, Aug 14 - Five Malian soldiers were killed and seven wounded when their vehicle struck an '
              'improvised explosive device near Boni in the Mopti region on Sunday, the army said in a statement on '
              'Monday.',
         events=[E('rem', 'ied', 'Boni', near=True, target='military', k=(5, 5), i=(7, 7), date='2023-08-13')]),
    dict(id='team-baghdad-green-zone', pub='2020-01-27',
         text='BAGHDAD - Two rockets struck near the U.S. embassy in Baghdad\'s heavily fortified Green Zone late on '
              'Sunday, causing no casualties, an Iraqi security source said. Kataib Hezbollah denied involvement.',
         events=[E('shell', 'rocket', 'Baghdad', target='government', k=(0, 0), i=(0, 0), date='2020-01-26')]),
    dict(id='team-kirkuk-grenade', pub='2022-05-14',
         text='A grenade thrown at a wedding party in the northern Iraqi city of Kirkuk on Thursday night wounded 12 '
              'people, police said on Saturday.',
         events=[E('gren', 'grenade', 'Kirkuk', target='civilians', i=(12, 12), date='2022-05-12')]),
    dict(id='team-combined-wave', pub='2024-03-22',
         text='Russia launched a massive combined attack on Ukraine overnight, firing 43 missiles and 60 drones, '
              'officials said on Friday. In Kyiv, debris from a downed missile damaged a power line; no casualties were '
              'reported. In Lviv, two drones were shot down. A missile hit an energy facility near Dnipro, killing one '
              'worker.',
         events=[E('shell', 'missile', 'Kyiv', actor='Russia', target='infrastructure', k=(0, 0), i=(0, 0),
                   date='2024-03-21'),
                 E('air', 'drone', 'Lviv', actor='Russia', out='intercepted', date='2024-03-21'),
                 E('shell', 'missile', 'Dnipro', near=True, actor='Russia', target='infrastructure', k=(1, 1),
                   date='2024-03-21')]),
    dict(id='team-klintsy-passive', pub='2024-01-16',
         text='A fuel depot in the town of Klintsy in Russia\'s Bryansk region was struck by Ukrainian drones early on '
              'Tuesday, causing a large fire, the regional governor said. No one was hurt.',
         events=[E('air', 'drone', 'Klintsy', actor='Ukraine', target='infrastructure', k=(0, 0), i=(0, 0),
                   date='2024-01-16')]),
    dict(id='team-capitals-kinzhal', pub='2024-05-10',
         text='Moscow said on Friday that its forces had struck a Ukrainian military airfield near Starokostiantyniv with '
              'Kinzhal hypersonic missiles on Thursday. Kyiv said the airfield was damaged but gave no details.',
         events=[E('shell', 'missile', 'Starokostiantyniv', near=True, actor='Russia', target='military',
                   date='2024-05-09')]),
    dict(id='team-kharkiv-feature', pub='2024-04-25',
         text='Kharkiv has lived under fire for two years. The bombing of the city\'s regional administration building '
              'in March 2022 became a symbol of the war. On Wednesday, a Russian S-300 missile struck a playground in the '
              'Saltivskyi district, injuring seven children.',
         events=[E('air', 'unknown', 'Kharkiv', target='government', out='unknown', date='2022-03-01', prec='month'),
                 E('shell', 'missile', 'Kharkiv', actor='Russia', target='civilians', i=(7, 7), date='2024-04-24')]),
    dict(id='team-donetsk-between', pub='2024-01-22',
         text='Between three and seven people were killed when artillery shells hit a bus stop in the centre of '
              'Donetsk on Monday morning, according to conflicting reports from local officials. Twenty-one others were '
              'wounded. Russian-installed officials blamed Ukrainian forces.',
         events=[E('shell', 'artillery', 'Donetsk', actor='Ukraine', target='infrastructure', k=(3, 7), i=(21, 21),
                   date='2024-01-22')]),
    dict(id='team-kramatorsk-station', pub='2022-04-08',
         text='As many as 20 people were killed when a Russian Tochka-U missile hit the railway station in Kramatorsk '
              'on Friday, where thousands of people were waiting to be evacuated, the city\'s mayor said.',
         events=[E('shell', 'missile', 'Kramatorsk', actor='Russia', target='infrastructure', k=(1, 20),
                   date='2022-04-08')]),
    dict(id='team-zaporizhzhia-dozens', pub='2024-04-08',
         text='Dozens of people were injured and several killed when Russian glide bombs hit residential areas of '
              'Zaporizhzhia on Sunday, regional governor Ivan Fedorov said on Monday.',
         events=[E('air', 'unknown', 'Zaporizhzhia', actor='Russia', target='residential', k=(3, None), i=(12, None),
                   date='2024-04-07')]),
    dict(id='team-samara-refinery', pub='2024-03-16',
         text='Ukrainian drones attacked an oil refinery in Novokuibyshevsk in Russia\'s Samara region overnight, the '
              'governor said on Saturday. A fire broke out but was quickly extinguished. No injuries were reported.',
         events=[E('air', 'drone', 'Novokuibyshevsk', actor='Ukraine', target='infrastructure', i=(0, 0),
                   date='2024-03-15')]),
    dict(id='team-belgorod-conflicting', pub='2024-02-16',
         text='Officials in Belgorod said a Ukrainian rocket attack on the city on Thursday caused no injuries. '
              'Regional media later reported that one person was injured when a Vampire rocket hit a shopping centre '
              'car park.',
         events=[E('shell', 'rocket', 'Belgorod', actor='Ukraine', target='infrastructure', i=(0, 1),
                   date='2024-02-15')]),
    dict(id='team-dnipro-running-toll', pub='2023-01-16',
         text='The death toll from Saturday\'s Russian missile strike on an apartment building in Dnipro rose to 40 on '
              'Monday, with 75 injured and dozens still missing under the rubble, officials said.',
         events=[E('shell', 'missile', 'Dnipro', actor='Russia', target='residential', k=(40, 40), i=(75, 75),
                   date='2023-01-14')]),
    dict(id='team-kfar-kila-arithmetic', pub='2023-11-23',
         text='Two soldiers and three civilians were killed in Israeli artillery shelling of the village of Kfar Kila '
              'in southern Lebanon on Thursday, Lebanese state media reported.',
         events=[E('shell', 'artillery', 'Kfar Kila', actor='Israel', target='military', k=(5, 5), date='2023-11-23')]),
    dict(id='team-chernihiv-at-least', pub='2024-04-17',
         text='At least five people were killed and 18 injured when Russian missiles hit the centre of Chernihiv on '
              'Wednesday morning, the regional military administration said.',
         events=[E('shell', 'missile', 'Chernihiv', actor='Russia', k=(5, None), i=(18, 18), date='2024-04-17')]),
    dict(id='team-houla-yesterday', pub='2024-07-10',
         text='An Israeli drone struck a car near the village of Houla in south Lebanon yesterday, killing a Hezbollah '
              'commander, the group said in a statement.',
         events=[E('air', 'drone', 'Houla', near=True, actor='Israel', target='unknown', k=(1, 1),
                   date='2024-07-09')]),
    dict(id='team-kiryat-shmona-last-night', pub='2024-06-14',
         text='Hezbollah fired dozens of rockets at the northern Israeli town of Kiryat Shmona last night, setting '
              'several houses on fire, the Israeli military said on Friday.',
         events=[E('shell', 'rocket', 'Kiryat Shmona', actor='Hezbollah', target='residential', date='2024-06-13')]),
    dict(id='team-kyiv-tv-tower', pub='2022-03-05',
         text='On 1 March 2022, a Russian missile struck the TV tower in Kyiv, killing five people. The tower kept '
              'broadcasting within hours, engineers said.',
         events=[E('shell', 'missile', 'Kyiv', actor='Russia', target='infrastructure', k=(5, 5), date='2022-03-01')]),
    dict(id='team-bilozerka-mortar', pub='2023-11-07',
         text='Two children were wounded when a mortar round landed in a schoolyard in the village of Bilozerka in the '
              'Kherson region on Tuesday, the regional governor said, blaming Russian forces across the Dnipro River.',
         events=[E('shell', 'mortar', 'Bilozerka', actor='Russia', target='civilians', i=(2, 2), date='2023-11-07')]),
    dict(id='team-kyiv-region-intercepted', pub='2024-02-25',
         text='Air defences shot down all 11 Shahed drones launched by Russia at the Kyiv region overnight, the air '
              'force said on Sunday.',
         events=[E('air', 'drone', 'Kyiv Oblast', actor='Russia', out='intercepted', date='2024-02-24')]),
    dict(id='team-baidoa-suicide', pub='2023-03-06',
         text='A suicide bomber wearing an explosives vest killed at least 7 soldiers at a military base in Baidoa on '
              'Sunday, a police officer told Reuters on Monday. The bomber also died in the blast. Al Shabaab claimed '
              'the attack.',
         events=[E('sui', 'suicide_vest', 'Baidoa', actor='Al Shabaab', target='military', k=(8, None),
                   date='2023-03-05')]),
    dict(id='team-qamishli-drone', pub='2023-10-06',
         text='A Turkish drone strike on a car in the Kurdish-held city of Qamishli killed two members of the Syrian '
              'Democratic Forces on Friday, the SDF said.',
         events=[E('air', 'drone', 'Qamishli', actor='Turkey', target='unknown', k=(2, 2), date='2023-10-06')]),
    dict(id='team-khartoum-warplanes', pub='2023-07-08',
         text='Sudanese army warplanes bombed a residential neighbourhood in the Mayo district of Khartoum on Saturday, '
              'killing at least 22 people, the health ministry said.',
         events=[E('air', 'aircraft', 'Khartoum', actor='Sudan', target='residential', k=(22, None),
                   date='2023-07-08')]),
    dict(id='team-melitopol-partisans', pub='2023-05-17',
         text='Partisans blew up a railway line near Melitopol on Tuesday night, derailing a train carrying ammunition, '
              'Ukraine\'s military intelligence agency said on Wednesday.',
         events=[E('rem', 'unknown', 'Melitopol', near=True, target='infrastructure', date='2023-05-16')]),
    dict(id='team-kherson-two-strikes', pub='2023-12-15',
         text='Russian forces shelled Kherson on Friday, killing a man in the Korabelnyi district, the regional governor '
              'said. In a separate attack, also on Friday, a Russian drone hit a bus in Beryslav, injuring four '
              'passengers.',
         events=[E('shell', 'artillery', 'Kherson', actor='Russia', k=(1, 1), date='2023-12-15'),
                 E('air', 'drone', 'Beryslav', actor='Russia', target='civilians', i=(4, 4), date='2023-12-15')]),
    dict(id='team-tel-aviv-a-few', pub='2023-10-12',
         text='A few people were injured when a rocket fired from Gaza struck a building in Tel Aviv on Thursday '
              'evening, paramedics said.',
         events=[E('shell', 'rocket', 'Tel Aviv', target='unknown', i=(3, None), date='2023-10-12')]),
    dict(id='team-syria-country-level', pub='2023-08-07',
         text='Israel carried out air strikes in Syria on Monday, the Syrian defence ministry said, without giving a '
              'location. It said air defences intercepted most of the missiles.',
         events=[E('air', 'unknown', 'Syria', actor='Israel', out='intercepted', date='2023-08-07')]),
    dict(id='team-paktika-airstrikes', pub='2024-03-19',
         text='Pakistani military aircraft carried out air strikes in Afghanistan\'s Paktika province late on Monday, '
              'killing eight people, all women and children, Taliban spokesman Zabihullah Mujahid said on Tuesday.',
         events=[E('air', 'aircraft', 'Paktika', actor='Pakistan', target='civilians', k=(8, 8), date='2024-03-18')]),
    dict(id='team-kidal-drones', pub='2023-10-09',
         text='Malian army drones struck a fuel depot in Kidal on Saturday, a spokesman for the rebel coalition said on '
              'Monday, without giving a toll.',
         events=[E('air', 'drone', 'Kidal', actor='Mali', target='infrastructure', date='2023-10-07')]),
    dict(id='team-ayorou-landmine', pub='2024-06-21',
         text='NIAMEY - Twelve Nigerien soldiers were killed when their patrol vehicle hit a landmine near Ayorou in the '
              'Tillaberi region on Thursday, the defence ministry said.',
         events=[E('rem', 'ied', 'Ayorou', near=True, target='military', k=(12, 12), date='2024-06-20')]),
    dict(id='team-erbil-airport', pub='2023-10-18',
         text='A drone attack targeted Erbil airport, which hosts U.S.-led coalition troops, late on Tuesday; the drone '
              'was shot down and there were no casualties, Kurdistan\'s counter-terrorism service said.',
         events=[E('air', 'drone', 'Erbil', target='infrastructure', k=(0, 0), i=(0, 0), out='intercepted',
                   date='2023-10-17')]),
    dict(id='team-nikopol-last-week', pub='2024-07-15',
         text='Russian artillery shelled Nikopol several times last week, damaging power lines and injuring a woman, '
              'the regional governor said in his weekly update on Monday.',
         events=[E('shell', 'artillery', 'Nikopol', actor='Russia', target='infrastructure', i=(1, 1),
                   date='2024-07-08', prec='week')]),
    dict(id='team-armavir-this-month', pub='2024-05-27',
         text='Earlier this month, a Ukrainian drone hit a radar station in Armavir in Russia\'s Krasnodar region, '
              'Ukrainian officials said on Monday.',
         events=[E('air', 'drone', 'Armavir', actor='Ukraine', target='military', date='2024-05-01', prec='month')]),
    dict(id='team-mykolaiv-quoted-today', pub='2022-07-25',
         text='In his address on Thursday, July 21, the governor said: "Today the enemy fired Grad rockets at Mykolaiv, '
              'damaging a school." Residents were told to stay in shelters.',
         events=[E('shell', 'rocket', 'Mykolaiv', target='civilians', date='2022-07-21')]),
    dict(id='team-maghazi-huge-number', pub='2023-12-25',
         text='A huge number of people were killed in an Israeli strike on the Maghazi refugee camp on Sunday night, '
              'the Gaza health ministry said on Monday.',
         events=[E('shell', 'unknown', 'Maghazi', actor='Israel', k=(10, None), date='2023-12-24')]),
    dict(id='team-himars-recently', pub='2022-07-12',
         text='Russian-installed officials in the Kherson region said recently that Ukrainian HIMARS rockets struck a '
              'barracks in Nova Kakhovka, killing many servicemen. Kyiv did not comment.',
         events=[E('shell', 'rocket', 'Nova Kakhovka', actor='Ukraine', target='military', k=(10, None))]),
    dict(id='team-vovchansk-combined-toll', pub='2024-05-12',
         text='Artillery, rocket and drone attacks on the town of Vovchansk on Saturday left 10 dead, the Kharkiv '
              'regional governor said on Sunday, blaming Russian forces.',
         events=[E('shell', 'artillery', 'Vovchansk', actor='Russia', k=(10, 10), date='2024-05-11')]),
    dict(id='team-odesa-kalibr-night', pub='2023-07-24',
         text='At night from Saturday to Sunday, Russian Kalibr cruise missiles fired from the Black Sea hit port '
              'infrastructure in Odesa, injuring three port workers, the regional administration said on Monday. Two '
              'of them remain in hospital.',
         events=[E('shell', 'missile', 'Odesa', actor='Russia', target='infrastructure', i=(3, 3),
                   date='2023-07-22')]),
    dict(id='team-kupiansk-mid-april', pub='2024-05-06',
         text='In mid-April, Russian Lancet loitering munitions destroyed two Ukrainian air defence systems near '
              'Kupiansk, Russia\'s defence ministry claimed on Monday.',
         events=[E('air', 'drone', 'Kupiansk', near=True, actor='Russia', target='military', date='2024-04-15',
                   prec='week')]),
    dict(id='team-kherson-fpv-scores', pub='2024-08-14',
         text='Russian FPV drones injured scores of civilians in Kherson\'s Dniprovskyi district on Tuesday, the city '
              'administration said on Wednesday.',
         events=[E('air', 'drone', 'Kherson', actor='Russia', target='civilians', i=(10, None), date='2024-08-13')]),
    dict(id='team-sumy-iskander', pub='2024-05-04',
         text='Between 7 and 9 people were killed and hundreds left homeless after an Iskander missile struck a '
              'residential block in Sumy on Friday, officials said, blaming Russia.',
         events=[E('shell', 'missile', 'Sumy', actor='Russia', target='residential', k=(7, 9), date='2024-05-03')]),
    dict(id='team-kabul-car-bomb', pub='2022-09-07',
         text='A car bomb exploded near a police checkpoint in Kabul on Wednesday. Five or more people were killed and '
              'tens were wounded, police said. No group claimed responsibility.',
         events=[E('rem', 'ied', 'Kabul', target='government', k=(5, None), i=(10, None), date='2022-09-07')]),
    dict(id='team-stryi-cruise', pub='2023-12-29',
         text='Russian Tu-95 bombers launched Kh-101 cruise missiles at the Lviv region on Friday morning, hitting an '
              'industrial facility in Stryi, the regional governor said.',
         events=[E('shell', 'missile', 'Stryi', actor='Russia', target='infrastructure', date='2023-12-29')]),
    dict(id='team-deir-al-balah-range', pub='2024-07-18',
         text='Israeli tank shells hit a UN school sheltering displaced families in Deir al-Balah on Wednesday, '
              'killing 3-7 people, according to different counts, and wounding 20, witnesses said.',
         events=[E('shell', 'artillery', 'Deir al-Balah', actor='Israel', target='civilians', k=(3, 7), i=(20, 20),
                   date='2024-07-17')]),
    dict(id='team-mykolaiv-dated-statement', pub='2024-06-07',
         text='The mayor of Mykolaiv said on Wednesday that two Russian missiles hit the city\'s port. He gave no '
              'details of damage or casualties.',
         events=[E('shell', 'missile', 'Mykolaiv', actor='Russia', target='infrastructure', date='2024-06-05')]),
    dict(id='team-metula-a-number', pub='2024-06-05',
         text='A number of soldiers were injured when Hezbollah drones hit a military post near Metula on Tuesday, the '
              'Israeli army said.',
         events=[E('air', 'drone', 'Metula', near=True, actor='Hezbollah', target='military', i=(3, None),
                   date='2024-06-04')]),
]

NEG = [dict(id='neg-' + k, pub=p, text=t) for k, p, t in [
    ('generic', '2024-03-04', 'Drone assaults have become common in the border regions, and shelling continues along '
                              'the front line, analysts say.'),
    ('threat', '2024-06-19', 'Hezbollah\'s leader warned that the group would strike Haifa if Israel expanded its '
                             'offensive in Lebanon.'),
    ('plan', '2024-02-05', 'Ukraine plans to build a million long-range drones next year to strike deep inside Russia, '
                           'the defence minister said on Monday.'),
    ('hypothetical', '2023-06-15', 'If a missile were to hit the Zaporizhzhia nuclear plant, the consequences would be '
                                   'catastrophic for the whole of Europe, the IAEA chief said.'),
    ('denial', '2022-11-30', 'Turkey\'s defence ministry said on Wednesday that it did not carry out any drone strikes '
                             'in northern Iraq this week.'),
    ('question', '2023-09-20', 'Could Russian drones reach Lviv? Military experts say the city\'s air defences are '
                               'among the strongest in Ukraine.'),
    ('delivery', '2023-05-17', 'Germany will deliver an additional IRIS-T air defence system and 30 Leopard tanks to '
                               'Ukraine, Chancellor Olaf Scholz announced in Berlin on Wednesday.'),
    ('missile-test', '2023-07-13', 'North Korea test-fired a ballistic missile into the sea off its east coast on '
                                   'Thursday, South Korea\'s military said.'),
    ('space-rocket', '2024-01-13', 'A SpaceX Falcon 9 rocket launched 22 Starlink satellites from Cape Canaveral on '
                                   'Friday evening.'),
    ('plane-crash', '2023-01-16', 'A passenger plane crashed shortly after take-off near Pokhara on Sunday, killing '
                                  'all 72 people on board, officials said.'),
    ('industrial-blast', '2023-06-22', 'An explosion at a chemical plant killed 17 people on Wednesday; officials '
                                       'blamed a gas leak and ruled out sabotage.'),
    ('shooting', '2023-03-14', 'Gunmen opened fire on a bus in Peshawar on Monday, killing four passengers, police '
                               'said.'),
    ('stabbing', '2023-11-09', 'Two people were stabbed to death in a knife attack at a market in Jerusalem on '
                               'Thursday, police said.'),
    ('ramming', '2024-01-15', 'A driver rammed his car into pedestrians at a bus stop in Ra\'anana, injuring 17, '
                              'before being arrested, police said.'),
    ('ground-battle', '2024-05-17', 'Ukrainian and Russian troops fought street battles in Vovchansk on Friday as '
                                    'Russian infantry tried to advance into the town centre, the general staff said.'),
    ('background', '2024-03-16', 'The bombing of the Mariupol drama theatre became one of the defining images of the '
                                 'war; survivors still gather there to remember the victims.'),
    ('peace-talks', '2022-03-29', 'Delegations from Russia and Ukraine met in Istanbul for peace talks on Tuesday, '
                                  'agreeing to meet again but not to a ceasefire.'),
    ('sports-strike', '2023-04-02', 'Haaland struck twice in the second half as Manchester City beat Liverpool 4-1 on '
                                    'Saturday, his second strike a thunderous volley.'),
    ('labour-strike', '2024-10-01', 'Dock workers in Rotterdam went on strike on Monday over pay, halting container '
                                    'traffic at Europe\'s busiest port.'),
    ('struck-deal', '2023-07-20', 'The European Union struck a deal with Ukraine on grain transit on Wednesday after '
                                  'weeks of talks in Brussels.'),
    ('unexplained-blast', '2024-02-11', 'A loud explosion was heard in central Belgorod on Saturday night; the cause '
                                        'was not immediately clear and officials gave no explanation.'),
    ('rhetoric', '2024-01-08', '"Every shell that hits our cities is a crime," the president said in his address on '
                               'Monday, calling on allies to send more air defence.'),
    ('teaser', '2023-07-31', 'Read more: Drone attack on Moscow - what we know. Also: Kinzhal missiles explained. '
                             'Other topics: Wagner, Prigozhin.'),
    ('sahel-gunmen', '2023-11-28', 'Jihadists linked to al-Qaeda killed at least 40 people when gunmen stormed the '
                                   'market in Djibo on Sunday, residents said.'),
    ('habitual-sirens', '2024-04-03', 'Air raid sirens sound almost daily in Sderot, where residents have grown used '
                                      'to running to shelters.'),
]]

_HERE = os.path.dirname(__file__)
with open(os.path.join(_HERE, 'kryvyi-rih-2023-07-31.txt'), encoding='utf-8') as _f:
    _SEED_TEXT = _f.read()

SEED = dict(
    id='seed-kryvyi-rih-2023-07-31', pub='2023-07-31', text=_SEED_TEXT,
    title='Report: Putin Launches Deadly Missile Strike on Zelensky\u2019s Hometown After Drone Attack on Moscow',
    events=[
        # "Interior Minister Igor Klymenko announced Monday that two missiles struck a residential structure":
        # the statement's date; "at least one" / "more than ten".
        E('shell', 'missile', 'Kryvyi Rih', actor='Russia', target='residential', k=(1, None), i=(11, None),
          date='2023-07-31'),
        # Announced on Sunday, "early on Sunday", "yesterday": 2023-07-30. Two office structures damaged -> hit,
        # infrastructure. "No injuries were reported" vs "injuring one person": {0,1}.
        E('air', 'drone', 'Moscow', actor='Ukraine', target='infrastructure', i=(0, 1), date='2023-07-30'),
        # "shot down Ukrainian drones aimed at ... the Crimean peninsula": a second record, intercepted.
        E('air', 'drone', 'Crimea', actor='Ukraine', out='intercepted', date='2023-07-30'),
        # "the Ukrainian bombardment of the city under Russian control in Donetsk": no date, no effect.
        E('shell', 'unknown', 'Donetsk', actor='Ukraine', out='unknown'),
    ])
