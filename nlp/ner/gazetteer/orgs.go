package gazetteer

// orgs are organisations that international news names far more often
// than the training data can teach, with their usual abbreviations, by
// kind. They are hand-written from general knowledge. They are more than
// tagger features: entity resolution makes a listed name an organisation,
// never rejects it as a common word, and finds listed acronyms and
// multi-word names the tagger missed. So a name that in news is mostly
// something else ("Ford", "Dawn", "ETA", "CCTV", "Amazon", "Intel") is
// left out; a few that are also words or surnames ("Apple", "Shell",
// "Bloomberg", "Wagner") stay, being named in news mostly as companies.
var orgs = []string{international, government, armedGroups, parties, civilSociety, media, companies}

// international are intergovernmental bodies and their agencies.
const international = `United Nations
United Nations Security Council
UN
U.N.
UN Security Council
U.N. Security Council
Security Council
General Assembly
UN General Assembly
Human Rights Council
UN Human Rights Council
NATO
North Atlantic Treaty Organization
European Union
EU
European Commission
European Parliament
European Council
European Central Bank
ECB
Council of Europe
European Court of Human Rights
African Union
AU
Arab League
League of Arab States
ASEAN
OPEC
World Bank
International Monetary Fund
IMF
World Health Organization
WHO
World Trade Organization
WTO
World Food Programme
World Food Program
WFP
Food and Agriculture Organization
FAO
UN Development Programme
UNDP
UN Environment Programme
UNEP
UNICEF
UNHCR
UNESCO
UNRWA
OCHA
UNFPA
International Labour Organization
International Labor Organization
ILO
International Organization for Migration
IOM
International Criminal Court
ICC
International Court of Justice
ICJ
International Atomic Energy Agency
IAEA
Organization for Security and Co-operation in Europe
OSCE
Organisation for Economic Co-operation and Development
OECD
Organization of American States
OAS
Organisation of Islamic Cooperation
Organization of Islamic Cooperation
OIC
Gulf Cooperation Council
GCC
Shanghai Cooperation Organisation
SCO
Commonwealth of Independent States
Collective Security Treaty Organization
CSTO
Economic Community of West African States
ECOWAS
Southern African Development Community
SADC
Intergovernmental Authority on Development
IGAD
Asian Development Bank
African Development Bank
Inter-American Development Bank
Asia-Pacific Economic Cooperation
APEC
Interpol
Europol
Frontex
G7
G8
G20
BRICS`

// government are national institutions whose names recur in news.
const government = `Pentagon
White House
Kremlin
State Department
Department of State
Department of Defense
Defense Department
Justice Department
Department of Justice
Treasury Department
Department of Homeland Security
Homeland Security
National Security Council
Joint Chiefs of Staff
Federal Reserve
Congress
Senate
House of Representatives
Supreme Court
CIA
FBI
NSA
Secret Service
National Guard
Marine Corps
US Army
U.S. Army
US Navy
U.S. Navy
US Air Force
U.S. Air Force
Centers for Disease Control and Prevention
CDC
Food and Drug Administration
FDA
Environmental Protection Agency
NASA
Federal Aviation Administration
FAA
Foreign Office
Home Office
Ministry of Defence
Ministry of Defense
Downing Street
House of Commons
House of Lords
Bank of England
Bundestag
Bundeswehr
Elysee
Knesset
Duma
State Duma
Federation Council
Verkhovna Rada
Rada
Majlis
Bundesrat
Lok Sabha
Rajya Sabha
National People's Congress
Politburo
People's Liberation Army
PLA
Israel Defense Forces
IDF
Shin Bet
Mossad
FSB
SVR
GRU
KGB
SBU
ISI
Islamic Revolutionary Guard Corps
Revolutionary Guards
IRGC
Quds Force
Basij`

// armedGroups are militant, rebel and paramilitary organisations.
const armedGroups = `Hamas
Hezbollah
Hizbollah
Taliban
Taleban
al-Qaida
al-Qaeda
al Qaeda
Al-Qaeda
al-Qaida in Iraq
al-Qaeda in the Arabian Peninsula
AQAP
al-Qaeda in the Islamic Maghreb
AQIM
Islamic State
ISIS
ISIL
IS
Daesh
Houthis
Houthi
Ansar Allah
Wagner
Wagner Group
PKK
YPG
SDF
Syrian Democratic Forces
Free Syrian Army
HTS
Hayat Tahrir al-Sham
Nusra Front
al-Nusra Front
Jabhat al-Nusra
Boko Haram
al-Shabab
Al-Shabaab
Lashkar-e-Taiba
Jaish-e-Mohammed
Tehrik-i-Taliban Pakistan
Haqqani network
Hezb-e-Islami
Mahdi Army
Kataib Hezbollah
Popular Mobilization Forces
Rapid Support Forces
RSF
Sudan People's Liberation Army
SPLA
SPLM
Lord's Resistance Army
LRA
FARC
Revolutionary Armed Forces of Colombia
ELN
National Liberation Army
Shining Path
Irish Republican Army
Tamil Tigers
Liberation Tigers of Tamil Eelam
LTTE
Abu Sayyaf
Jemaah Islamiyah
M23
ADF
Azov Brigade
Fatah
al-Aqsa Martyrs Brigades
Izz ad-Din al-Qassam Brigades
Qassam Brigades`

// parties are political parties and movements.
const parties = `Palestinian Authority
PLO
Palestine Liberation Organization
Muslim Brotherhood
Democratic Party
Republican Party
Democratic National Committee
Republican National Committee
Labour Party
Conservative Party
Liberal Democrats
Scottish National Party
Sinn Fein
Christian Democratic Union
CDU
Social Democratic Party
SPD
Alternative for Germany
AfD
National Rally
United Russia
Communist Party
Chinese Communist Party
Bharatiya Janata Party
BJP
Indian National Congress
Pakistan Peoples Party
Pakistan Muslim League
PML-N
Awami League
African National Congress
ANC
ZANU-PF
Movement for Democratic Change
MDC
Justice and Development Party
AKP
Republican People's Party
CHP
Likud
Kadima
Labor Party
Shas
Fidesz
Law and Justice
Servant of the People
Kuomintang
KMT
Democratic Progressive Party
Liberal Democratic Party
National League for Democracy
NLD
Sandinista National Liberation Front
Sandinistas
Workers' Party
Syriza
Podemos
Five Star Movement
Brothers of Italy
Forward Italy`

// civilSociety are non-governmental organisations that news quotes.
const civilSociety = `Red Cross
International Committee of the Red Cross
ICRC
Red Crescent
International Federation of Red Cross and Red Crescent Societies
Amnesty International
Human Rights Watch
Doctors Without Borders
Medecins Sans Frontieres
MSF
Reporters Without Borders
Oxfam
Save the Children
Greenpeace
Transparency International
International Crisis Group
Physicians for Human Rights
International Rescue Committee
Norwegian Refugee Council
Syrian Observatory for Human Rights
Institute for the Study of War
Stockholm International Peace Research Institute
SIPRI
International Institute for Strategic Studies
World Economic Forum
International Olympic Committee
IOC
FIFA
UEFA
Nobel Committee
Vatican
Roman Catholic Church
Russian Orthodox Church`

// media are news agencies, broadcasters, newspapers and magazines.
const media = `Reuters
Associated Press
AP
Agence France-Presse
AFP
Bloomberg
Bloomberg News
Dow Jones
Xinhua
TASS
ITAR-TASS
Itar-Tass
RIA Novosti
Interfax
RT
Russia Today
Kyodo
Yonhap
KCNA
Korean Central News Agency
Press Trust of India
PTI
Anadolu
Anadolu Agency
IRNA
Fars News Agency
Tasnim
SANA
WAM
Saudi Press Agency
Ukrinform
Ukrainska Pravda
Kyiv Independent
Kyiv Post
Suspilne
Meduza
Kommersant
Izvestia
Novaya Gazeta
Interfax-Ukraine
Voice of America
VOA
Radio Free Europe
Radio Free Europe/Radio Liberty
RFE/RL
Radio Liberty
Radio Free Asia
BBC
BBC News
ITV
Sky News
Channel 4
CNN
CBS
CBS News
NBC
NBC News
ABC
ABC News
Fox News
MSNBC
CNBC
NPR
PBS
C-SPAN
Al Jazeera
Al-Jazeera
al-Jazeera
Al Arabiya
al-Arabiya
Al-Manar
Al Mayadeen
Press TV
France 24
Deutsche Welle
DW
Euronews
NHK
CGTN
Globovision
Telesur
Haaretz
Times of Israel
Jerusalem Post
Yedioth Ahronoth
Daily Mirror
Daily Mail
Daily Telegraph
The Telegraph
The Guardian
The Times
Financial Times
The Economist
The Independent
Sunday Times
New York Times
Washington Post
Wall Street Journal
Los Angeles Times
USA Today
Chicago Tribune
Boston Globe
Washington Times
New York Post
Newsweek
Politico
Axios
The Atlantic
New Yorker
Der Spiegel
Spiegel
Bild
Bild am Sonntag
Die Welt
Frankfurter Allgemeine Zeitung
Sueddeutsche Zeitung
Le Monde
Le Figaro
Corriere della Sera
La Repubblica
El Pais
El Mundo
Asahi Shimbun
Yomiuri Shimbun
Nikkei
South China Morning Post
People's Daily
Global Times
China Daily
Times of India
Hindustan Times
The Hindu
Express Tribune
Al-Ahram
Asharq Al-Awsat
Daily Star`

// companies are large firms that world news reports on.
const companies = `Telegram
Facebook
Instagram
YouTube
TikTok
WhatsApp
Google
Alphabet
Apple
Microsoft
Meta
Twitter
X Corp
Nvidia
IBM
Samsung
Huawei
ZTE
Xiaomi
Sony
Alibaba
Tencent
Baidu
ByteDance
OpenAI
SpaceX
Starlink
Netflix
Boeing
Airbus
Lockheed Martin
Raytheon
Northrop Grumman
General Dynamics
BAE Systems
Rheinmetall
Thales
Rostec
Gazprom
Rosneft
Lukoil
Transneft
Naftogaz
Shell
Royal Dutch Shell
BP
Exxon
ExxonMobil
Exxon Mobil
TotalEnergies
Eni
Saudi Aramco
Aramco
Sinopec
PetroChina
CNPC
Petrobras
PDVSA
Toyota
Volkswagen
Tesla
General Motors
Chrysler
Fiat
Stellantis
Renault
Peugeot
Citroen
Nissan
Hyundai
Mitsubishi
BMW
Daimler
Mercedes-Benz
Siemens
General Electric
GE
Goldman Sachs
JPMorgan
JPMorgan Chase
Morgan Stanley
Citigroup
Citibank
Bank of America
Wells Fargo
HSBC
Barclays
Deutsche Bank
UBS
Credit Suisse
BNP Paribas
Sberbank
VTB
Pfizer
Moderna
AstraZeneca
Johnson & Johnson
Merck
Novartis
Roche
Bayer
Walmart
McDonald's
Coca-Cola
PepsiCo
Nestle
Unilever
Aeroflot
Lufthansa
Air France
British Airways
Qatar Airways
Turkish Airlines
Maersk`
