"""Build the gold (curated-sources format) for the held-out set tests/heldout3.

Evidence offsets are computed with str.find on the document texts; every anchor must occur exactly once
(or an occurrence index is given). Run: python tests/heldout3/build_gold.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the helpers both builders share
from goldbuild import Gold  # noqa: E402

ROOT = Path(__file__).resolve().parent

DOCS = [
    ("01_reuters_brazil_angola", "Lula holds talks with Lourenço in Luanda on state visit to Angola", "news", "2024-08-23"),
    ("02_pti_modi_bhutan", "Modi on state visit to Bhutan, receives Order of the Druk Gyalpo", "news", "2024-03-22"),
    ("03_wiki_poland_ukraine_relations", "Poland–Ukraine relations", "encyclopedia", "2025"),
    ("04_regjeringen_norway_mozambique", "Norwegian development minister visits Mozambique", "press-release", "2024-02-14"),
    ("05_ahram_saudi_egypt", "Sisi receives Saudi foreign minister in Cairo", "news", "2024-09-08"),
    ("06_yonhap_korea_tanzania", "Yoon and Tanzanian President Samia hold summit talks in Seoul", "news", "2024-06-02"),
    ("07_antara_asean_regional_forum", "Indonesian foreign minister at the 31st ASEAN Regional Forum in Vientiane", "news", "2024-07-27"),
    ("08_afp_mercosur_bolivia", "Bolivia becomes a full member of Mercosur at the Asunción summit", "news", "2024-07-08"),
    ("09_pna_credentials_canada", "Philippine president receives credentials of five ambassadors, including Canada's", "news", "2024-10-08"),
    ("10_windhoek_sister_city_havana", "Windhoek and Havana sign a sister city agreement", "press-release", "2024-03-15"),
    ("11_joint_communique_senegal_mauritania", "Joint communiqué on the Senegalese president's visit to Mauritania", "other", "2024-04-19"),
    ("12_interview_valtonen_nordic", "Interview with Finnish Foreign Minister Elina Valtonen after the Nordic Council session", "other", "2024-11-01"),
    ("13_bss_bimstec_summit", "Yunus meets Modi on the sidelines of the 6th BIMSTEC Summit in Bangkok", "news", "2025-04-04"),
    ("14_ap_celac_kingstown", "Eighth CELAC summit in Kingstown, St. Vincent and the Grenadines", "news", "2024-03-01"),
    ("15_dfa_ireland_embassy_rabat", "Tánaiste opens Ireland's Embassy in Rabat", "press-release", "2024-03-04"),
]
PUBLISHED_NOTES = {
    "03_wiki_poland_ukraine_relations": "An encyclopedia article without a date; estimated from its newest dated item (January 2024).",
}

G = Gold(ROOT, DOCS)
TEXT = G.text

# ---------------------------------------------------------------- entities
ENT = G.entities
country, org, person, city, instrument, mission, award = (G.country, G.org, G.person, G.city, G.instrument, G.mission, G.award)

# countries
country("brazil", "Brazil", "BRA", "Brazilian")
country("angola", "Angola", "AGO", "Angolan")
country("democratic-republic-of-the-congo", "Democratic Republic of the Congo", "COD", "Congolese", ["Congo", "DR Congo"])
country("india", "India", "IND", "Indian")
country("bhutan", "Bhutan", "BTN", "Bhutanese")
country("poland", "Poland", "POL", "Polish", ["Republic of Poland"])
country("ukraine", "Ukraine", "UKR", "Ukrainian")
country("lithuania", "Lithuania", "LTU", "Lithuanian")
country("norway", "Norway", "NOR", "Norwegian")
country("mozambique", "Mozambique", "MOZ", "Mozambican")
country("egypt", "Egypt", "EGY", "Egyptian")
country("saudi-arabia", "Saudi Arabia", "SAU", "Saudi")
country("south-korea", "South Korea", "KOR", "South Korean", ["Korea", "Republic of Korea"])
country("tanzania", "Tanzania", "TZA", "Tanzanian")
country("mauritania", "Mauritania", "MRT", "Mauritanian", ["Islamic Republic of Mauritania"])
country("indonesia", "Indonesia", "IDN", "Indonesian")
country("laos", "Laos", "LAO", "Lao")
country("china", "China", "CHN", "Chinese", ["People's Republic of China"])
country("united-states", "United States", "USA", "American", ["U.S."])
country("north-korea", "North Korea", "PRK", "North Korean")
country("russia", "Russia", "RUS", "Russian")
country("timor-leste", "Timor-Leste", "TLS", "Timorese")
country("paraguay", "Paraguay", "PRY", "Paraguayan")
country("argentina", "Argentina", "ARG", "Argentine")
country("bolivia", "Bolivia", "BOL", "Bolivian")
country("uruguay", "Uruguay", "URY", "Uruguayan")
country("venezuela", "Venezuela", "VEN", "Venezuelan")
country("philippines", "Philippines", "PHL", "Filipino", ["the Philippines"])
country("canada", "Canada", "CAN", "Canadian")
country("qatar", "Qatar", "QAT", "Qatari")
country("bangladesh", "Bangladesh", "BGD", "Bangladeshi")
country("namibia", "Namibia", "NAM", "Namibian")
country("cuba", "Cuba", "CUB", "Cuban", ["Republic of Cuba"])
country("germany", "Germany", "DEU", "German")
country("senegal", "Senegal", "SEN", "Senegalese", ["Republic of Senegal"])
country("mali", "Mali", "MLI", "Malian")
country("finland", "Finland", "FIN", "Finnish")
country("iceland", "Iceland", "ISL", "Icelandic")
country("sweden", "Sweden", "SWE", "Swedish")
country("thailand", "Thailand", "THA", "Thai")
country("nepal", "Nepal", "NPL", "Nepalese")
country("sri-lanka", "Sri Lanka", "LKA", "Sri Lankan")
country("myanmar", "Myanmar", "MMR", "Myanmar")
country("saint-vincent-and-the-grenadines", "Saint Vincent and the Grenadines", "VCT", "Vincentian", ["St. Vincent and the Grenadines", "St. Vincent"])
country("honduras", "Honduras", "HND", "Honduran")
country("colombia", "Colombia", "COL", "Colombian")
country("guyana", "Guyana", "GUY", "Guyanese")
country("ireland", "Ireland", "IRL", "Irish")
country("israel", "Israel", "ISR", "Israeli")
country("morocco", "Morocco", "MAR", "Moroccan", ["Kingdom of Morocco"])

# organisations
org("united-nations", "United Nations", ["UN"])
org("council-of-europe", "Council of Europe")
org("organization-for-security-and-co-operation-in-europe", "Organization for Security and Co-operation in Europe", ["OSCE"])
org("european-union", "European Union", ["EU"])
org("african-union", "African Union", ["AU"])
org("league-of-arab-states", "League of Arab States", ["Arab League"])
org("association-of-southeast-asian-nations", "Association of Southeast Asian Nations", ["ASEAN"])
org("asean-regional-forum", "ASEAN Regional Forum", ["ARF"])
org("mercosur", "Mercosur", ["Southern Common Market", "MERCOSUR"])
org("north-atlantic-treaty-organization", "North Atlantic Treaty Organization", ["NATO"])
org("nordic-council", "Nordic Council")
org("bimstec", "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", ["BIMSTEC"])
org("community-of-latin-american-and-caribbean-states", "Community of Latin American and Caribbean States", ["CELAC"])
org("caribbean-community", "Caribbean Community", ["CARICOM"])
org("economic-community-of-west-african-states", "Economic Community of West African States", ["ECOWAS"])
org("organisation-for-the-development-of-the-senegal-river", "Organisation for the Development of the Senegal River", ["OMVS"])

# cities
city("luanda", "Luanda", "angola")
city("thimphu", "Thimphu", "bhutan")
city("kyiv", "Kyiv", "ukraine")
city("warsaw", "Warsaw", "poland")
city("maputo", "Maputo", "mozambique")
city("cairo", "Cairo", "egypt")
city("seoul", "Seoul", "south-korea")
city("dar-es-salaam", "Dar es Salaam", "tanzania")
city("vientiane", "Vientiane", "laos")
city("asuncion", "Asunción", "paraguay", ["Asuncion"])
city("balneario-camboriu", "Balneário Camboriú", "brazil", ["Balneario Camboriu"])
city("manila", "Manila", "philippines")
city("ottawa", "Ottawa", "canada")
city("windhoek", "Windhoek", "namibia")
city("havana", "Havana", "cuba")
city("bremen", "Bremen", "germany")
city("trondheim", "Trondheim", "norway")
city("shanghai", "Shanghai", "china")
city("nouakchott", "Nouakchott", "mauritania")
city("reykjavik", "Reykjavík", "iceland", ["Reykjavik"])
city("bangkok", "Bangkok", "thailand")
city("kingstown", "Kingstown", "saint-vincent-and-the-grenadines")
city("georgetown", "Georgetown", "guyana")
city("rabat", "Rabat", "morocco")
city("dublin", "Dublin", "ireland")

# missions, instruments, awards
mission("embassy-of-poland-in-ukraine", "poland", "ukraine", "kyiv", "Embassy of Poland in Kyiv")
mission("embassy-of-ukraine-in-poland", "ukraine", "poland", "warsaw", "Embassy of Ukraine in Warsaw")
mission("embassy-of-norway-in-mozambique", "norway", "mozambique", "maputo", "Embassy of Norway in Maputo")
mission("embassy-of-south-korea-in-tanzania", "south-korea", "tanzania", "dar-es-salaam", "Embassy of South Korea in Dar es Salaam")
mission("embassy-of-tanzania-in-south-korea", "tanzania", "south-korea", "seoul", "Embassy of Tanzania in Seoul")
mission("embassy-of-the-philippines-in-canada", "philippines", "canada", "ottawa", "Embassy of the Philippines in Ottawa",
        ["Philippine Embassy in Ottawa"])
mission("embassy-of-ireland-in-morocco", "ireland", "morocco", "rabat", "Embassy of Ireland in Rabat", ["Ireland's Embassy in Rabat"])
mission("embassy-of-morocco-in-ireland", "morocco", "ireland", "dublin", "Embassy of Morocco in Dublin")
instrument("brazil-angola-mou-agricultural-research-2024", "Brazil–Angola memorandum of understanding on agricultural research")
instrument("brazil-angola-agreement-driving-licences-2024", "Brazil–Angola agreement on the mutual recognition of driving licences")
instrument("india-bhutan-agreement-petroleum-supply-2024",
           "India–Bhutan agreement on the general supply of petroleum, oil and lubricants")
instrument("india-bhutan-mou-energy-efficiency-2024", "India–Bhutan memorandum of understanding on energy efficiency")
instrument("poland-ukraine-treaty-good-neighbourliness",
           "Treaty on Good Neighbourliness, Friendly Relations and Cooperation between Poland and Ukraine")
instrument("declaration-on-understanding-and-unity", "Declaration on Understanding and Unity", kind="declaration")
instrument("norway-mozambique-oil-for-development-agreement-2024",
           "Norway–Mozambique agreement on cooperation under the Oil for Development programme")
instrument("minutes-saudi-egyptian-supreme-coordination-council-preparatory-meeting",
           "Minutes of the preparatory meeting of the Saudi-Egyptian Supreme Coordination Council")
instrument("korea-tanzania-edcf-framework-arrangement-2024",
           "Korea–Tanzania framework arrangement on Economic Development Cooperation Fund loans 2024-2028")
instrument("korea-tanzania-mou-critical-minerals-2024", "Korea–Tanzania memorandum of understanding on cooperation in critical minerals")
instrument("treaty-of-asuncion", "Treaty of Asunción", alt=["Treaty of Asuncion"])
instrument("protocol-of-accession-of-bolivia-to-mercosur", "Protocol of Accession of Bolivia to Mercosur")
instrument("canada-philippines-mou-agricultural-cooperation-2024",
           "Canada–Philippines memorandum of understanding on agricultural cooperation")
instrument("senegal-mauritania-fisheries-protocol-2024",
           "Protocol on the application of the fisheries agreement between Senegal and Mauritania")
instrument("mauritania-ecowas-association-agreement", "Association agreement between Mauritania and ECOWAS")
instrument("bimstec-agreement-on-maritime-transport-cooperation", "BIMSTEC Agreement on Maritime Transport Cooperation")
instrument("bangkok-declaration-1997", "Bangkok Declaration (1997)", kind="declaration", alt=["Bangkok Declaration"])
instrument("egypt-israel-peace-treaty", "Egypt–Israel peace treaty")
instrument("ireland-morocco-mou-political-consultations-2024",
           "Ireland–Morocco memorandum of understanding on political consultations")
award("order-of-the-druk-gyalpo", "Order of the Druk Gyalpo", "bhutan")
award("order-of-the-white-eagle", "Order of the White Eagle", "poland")

# persons
person("luiz-inacio-lula-da-silva", "Luiz Inácio Lula da Silva", "brazil", ["Luiz Inacio Lula da Silva", "Lula"])
person("joao-lourenco", "João Lourenço", "angola", ["Lourenço"])
person("esperanca-da-costa", "Esperança da Costa", "angola")
person("mauro-vieira", "Mauro Vieira", "brazil")
person("tete-antonio", "Téte António", "angola")
person("felix-tshisekedi", "Felix Tshisekedi", "democratic-republic-of-the-congo", ["Félix Tshisekedi"])
person("narendra-modi", "Narendra Modi", "india", ["Modi"])
person("tshering-tobgay", "Tshering Tobgay", "bhutan", ["Tobgay"])
person("jigme-khesar-namgyel-wangchuck", "Jigme Khesar Namgyel Wangchuck", "bhutan")
person("jigme-singye-wangchuck", "Jigme Singye Wangchuck", "bhutan")
person("vinay-mohan-kwatra", "Vinay Mohan Kwatra", "india", ["Kwatra"])
person("lech-walesa", "Lech Wałęsa", "poland", ["Lech Walesa"])
person("leonid-kravchuk", "Leonid Kravchuk", "ukraine")
person("aleksander-kwasniewski", "Aleksander Kwaśniewski", "poland", ["Aleksander Kwasniewski"])
person("leonid-kuchma", "Leonid Kuchma", "ukraine")
person("lech-kaczynski", "Lech Kaczyński", "poland", ["Lech Kaczynski"])
person("andrzej-duda", "Andrzej Duda", "poland", ["Duda"])
person("gitanas-nauseda", "Gitanas Nausėda", "lithuania", ["Gitanas Nauseda"])
person("volodymyr-zelenskyy", "Volodymyr Zelenskyy", "ukraine", ["Zelenskyy", "Zelensky"])
person("donald-tusk", "Donald Tusk", "poland")
person("denys-shmyhal", "Denys Shmyhal", "ukraine")
person("anne-beathe-tvinnereim", "Anne Beathe Tvinnereim", "norway", ["Tvinnereim"])
person("filipe-nyusi", "Filipe Nyusi", "mozambique")
person("carlos-zacarias", "Carlos Zacarias", "mozambique")
person("haakon-gram-johannessen", "Haakon Gram-Johannessen", "norway")
person("adriano-maleiane", "Adriano Maleiane", "mozambique")
person("abdel-fattah-el-sisi", "Abdel-Fattah El-Sisi", "egypt", ["El-Sisi", "Sisi", "Abdel Fattah al-Sisi"])
person("faisal-bin-farhan-al-saud", "Faisal bin Farhan Al Saud", "saudi-arabia", ["Prince Faisal bin Farhan", "Prince Faisal"])
person("ahmed-fahmy", "Ahmed Fahmy", "egypt")
person("salman-bin-abdulaziz", "Salman bin Abdulaziz", "saudi-arabia", ["King Salman"])
person("mohammed-bin-salman", "Mohammed bin Salman", "saudi-arabia")
person("badr-abdelatty", "Badr Abdelatty", "egypt", ["Abdelatty"])
person("saleh-bin-eid-al-hussaini", "Saleh bin Eid Al-Hussaini", "saudi-arabia")
person("yoon-suk-yeol", "Yoon Suk Yeol", "south-korea", ["Yoon"])
person("samia-suluhu-hassan", "Samia Suluhu Hassan", "tanzania", ["Samia"])
person("cho-tae-yul", "Cho Tae-yul", "south-korea")
person("january-makamba", "January Makamba", "tanzania")
person("han-duck-soo", "Han Duck-soo", "south-korea")
person("mohamed-ould-cheikh-el-ghazouani", "Mohamed Ould Cheikh El Ghazouani", "mauritania", ["Mohamed Ould Ghazouani"])
person("retno-marsudi", "Retno Marsudi", "indonesia", ["Retno"])
person("saleumxay-kommasith", "Saleumxay Kommasith", "laos")
person("joko-widodo", "Joko Widodo", "indonesia", ["Jokowi"])
person("wang-yi", "Wang Yi", "china")
person("antony-blinken", "Antony Blinken", "united-states")
person("ri-yong-chol", "Ri Yong Chol", "north-korea")
person("choe-son-hui", "Choe Son Hui", "north-korea")
person("santiago-pena", "Santiago Peña", "paraguay", ["Peña", "Santiago Pena"])
person("javier-milei", "Javier Milei", "argentina", ["Milei"])
person("luis-arce", "Luis Arce", "bolivia", ["Arce"])
person("luis-lacalle-pou", "Luis Lacalle Pou", "uruguay", ["Lacalle Pou"])
person("diana-mondino", "Diana Mondino", "argentina")
person("ferdinand-marcos-jr", "Ferdinand R. Marcos Jr.", "philippines", ["Marcos", "Ferdinand Marcos Jr.", "PBBM"])
person("david-hartman", "David Hartman", "canada", ["Hartman"])
person("abdulla-abdulrahman-al-hamadi", "Abdulla Abdulrahman Al-Hamadi", "qatar", ["Al-Hamadi"])
person("rami-kamel", "Rami Kamel", "egypt")
person("tariq-karim", "Tariq Karim", "bangladesh")
person("leila-ferreira", "Leila Ferreira", "brazil")
person("mary-ng", "Mary Ng", "canada")
person("alfredo-pascual", "Alfredo Pascual", "philippines")
person("enrique-manalo", "Enrique Manalo", "philippines")
person("justin-trudeau", "Justin Trudeau", "canada")
person("maria-andrelita-austria", "Maria Andrelita Austria", "philippines")
person("joseph-uapingene", "Joseph Uapingene", "namibia", ["Uapingene"])
person("reinaldo-garcia-zapata", "Reinaldo García Zapata", "cuba", ["García Zapata"])
person("ernesto-soberon-guzman", "Ernesto Soberón Guzmán", "cuba")
person("moses-matyayi", "Moses Matyayi", "namibia")
person("erastus-uutoni", "Erastus Uutoni", "namibia")
person("bassirou-diomaye-faye", "Bassirou Diomaye Faye", "senegal", ["Faye"])
person("yassine-fall", "Yassine Fall", "senegal")
person("mohamed-salem-ould-merzoug", "Mohamed Salem Ould Merzoug", "mauritania")
person("elina-valtonen", "Elina Valtonen", "finland", ["Valtonen"])
person("thordis-kolbrun-reykfjord-gylfadottir", "Þórdís Kolbrún Reykfjörð Gylfadóttir", "iceland")
person("petteri-orpo", "Petteri Orpo", "finland")
person("alexander-stubb", "Alexander Stubb", "finland")
person("andrii-sybiha", "Andrii Sybiha", "ukraine")
person("muhammad-yunus", "Muhammad Yunus", "bangladesh", ["Yunus", "Professor Muhammad Yunus", "Dr Yunus"])
person("sheikh-hasina", "Sheikh Hasina", "bangladesh")
person("shafiqul-alam", "Shafiqul Alam", "bangladesh")
person("paetongtarn-shinawatra", "Paetongtarn Shinawatra", "thailand")
person("k-p-sharma-oli", "K. P. Sharma Oli", "nepal", ["K.P. Sharma Oli", "Oli"])
person("anura-kumara-dissanayake", "Anura Kumara Dissanayake", "sri-lanka")
person("min-aung-hlaing", "Min Aung Hlaing", "myanmar")
person("touhid-hossain", "Md Touhid Hossain", "bangladesh")
person("khalilur-rahman", "Khalilur Rahman", "bangladesh")
person("subrahmanyam-jaishankar", "Subrahmanyam Jaishankar", "india", ["S. Jaishankar", "Jaishankar"])
person("ralph-gonsalves", "Ralph Gonsalves", "saint-vincent-and-the-grenadines", ["Gonsalves"])
person("xiomara-castro", "Xiomara Castro", "honduras")
person("gustavo-petro", "Gustavo Petro", "colombia")
person("miguel-diaz-canel", "Miguel Díaz-Canel", "cuba")
person("irfaan-ali", "Irfaan Ali", "guyana", ["Ali"])
person("jair-bolsonaro", "Jair Bolsonaro", "brazil")
person("nicolas-maduro", "Nicolás Maduro", "venezuela", ["Maduro"])
person("yvan-gil", "Yván Gil", "venezuela")
person("micheal-martin", "Micheál Martin", "ireland", ["Micheal Martin"])
person("nuala-obrien", "Nuala O'Brien", "ireland")
person("mohammed-vi", "Mohammed VI", "morocco", ["King Mohammed VI"])
person("nasser-bourita", "Nasser Bourita", "morocco")
person("sean-fleming", "Seán Fleming", "ireland")

# ---------------------------------------------------------------- facts
FACTS, BY_ID = G.facts, G.by_id
ev, fact, pos, member = G.ev, G.fact, G.pos, G.member

REL = dict(inference="relative-date")
CTX = dict(inference="context")

# ---------- 01 Reuters: Lula in Angola
G.doc = "01_reuters_brazil_angola"
p_lula = pos("luiz-inacio-lula-da-silva", "president", "brazil", "President of Brazil", "Brazilian President Luiz Inácio Lula da Silva")
p_lou = pos("joao-lourenco", "president", "angola", "President of Angola", "Angolan President João Lourenço")
pos("esperanca-da-costa", "official", "angola", "Vice President of Angola", "Angola's Vice President Esperança da Costa")
p_vie = pos("mauro-vieira", "minister", "brazil", "Minister of Foreign Affairs of Brazil", "Brazil's Foreign Minister Mauro Vieira")
p_ant = pos("tete-antonio", "minister", "angola", "Minister of Foreign Affairs of Angola",
            "Brazil's Foreign Minister Mauro Vieira and his Angolan counterpart Téte António",
            inferred=["title"], inference="context", note="Called the Brazilian foreign minister's counterpart.")
pos("felix-tshisekedi", "president", "democratic-republic-of-the-congo", "President of the Democratic Republic of the Congo",
    "Congolese President Felix Tshisekedi")
fact("meeting-2024-08-23-luiz-inacio-lula-da-silva-joao-lourenco", "meeting",
     ev("Brazilian President Luiz Inácio Lula da Silva held talks with Angolan President João Lourenço in Luanda on Friday"),
     participants=["luiz-inacio-lula-da-silva", "joao-lourenco"], capacity=[p_lula, p_lou], host="angola", location="luanda",
     date="2024-08-23", inferred=["date"], **REL, note="Friday of the dateline, 23 August 2024.")
fact("visit-2024-08-22-luiz-inacio-lula-da-silva-angola", "visit",
     ev("Lula arrived in the Angolan capital on Thursday on a two-day state visit"),
     visitor=["luiz-inacio-lula-da-silva"], capacity=[p_lula], visitor_country="brazil", host="angola", destination="luanda",
     start="2024-08-22", end="2024-08-23", kind="state", inferred=["start", "end", "destination"], **REL,
     note="Thursday 22 to Friday 23 August 2024 (two days); the Angolan capital is Luanda. The airport welcome by the vice president is not recorded as a meeting.")
sig = "After the talks, the two governments signed a memorandum of understanding on agricultural research and an agreement on the mutual recognition of driving licences. Brazil's Foreign Minister Mauro Vieira and his Angolan counterpart Téte António inked the documents"
for fid, inst in (("signing-2024-08-23-brazil-angola-mou-agricultural-research", "brazil-angola-mou-agricultural-research-2024"),
                  ("signing-2024-08-23-brazil-angola-agreement-driving-licences", "brazil-angola-agreement-driving-licences-2024")):
    fact(fid, "signing", ev(sig), instrument=inst, parties=["brazil", "angola"], signatories=["mauro-vieira", "tete-antonio"],
         location="luanda", date="2024-08-23", inferred=["date", "location", "parties"], inference="context",
         note="After the talks in Luanda on Friday 23 August 2024.")
fact("recognition-1975-11-11-brazil-angola", "recognition",
     ev("Brazil was the first country to recognise Angola's independence, on Nov. 11, 1975"),
     recognizer="brazil", recognized="angola", date="1975-11-11")
fact("trade-2023-angola-brazil", "trade-turnover", ev("Bilateral trade reached $1.6 billion in 2023, according to Brazilian government figures"),
     parties=["brazil", "angola"], year="2023", amount=1.6e9, currency="USD", inferred=["parties"], inference="context")

# ---------- 02 PTI: Modi in Bhutan
G.doc = "02_pti_modi_bhutan"
p_modi = pos("narendra-modi", "prime-minister", "india", "Prime Minister of India", "Prime Minister Narendra Modi",
             inferred=["organisation"], inference="context")
p_tob = pos("tshering-tobgay", "prime-minister", "bhutan", "Prime Minister of Bhutan",
            "his Bhutanese counterpart Tshering Tobgay, who took office in January", start="2024-01", inferred=["start"], **REL)
p_king = pos("jigme-khesar-namgyel-wangchuck", "official", "bhutan", "King of Bhutan", "King Jigme Khesar Namgyel Wangchuck",
             inferred=["organisation"], inference="context", note="A monarch: no role of the vocabulary fits, so 'official' with a title.")
p_k4 = pos("jigme-singye-wangchuck", "official", "bhutan", "King of Bhutan (the Fourth King)", "the Fourth King, Jigme Singye Wangchuck",
           inferred=["organisation"], inference="context", note="The former monarch; the dates of his reign are not given.")
pos("vinay-mohan-kwatra", "official", "india", "Foreign Secretary of India", "Foreign Secretary Vinay Mohan Kwatra",
    inferred=["organisation"], inference="context")
fact("visit-2024-03-22-narendra-modi-bhutan", "visit",
     ev("Prime Minister Narendra Modi arrived here on Friday on a two-day state visit to Bhutan"),
     visitor=["narendra-modi"], capacity=[p_modi], visitor_country="india", host="bhutan", destination="thimphu",
     start="2024-03-22", end="2024-03-23", kind="state", inferred=["start", "end", "destination"], **REL,
     note="'Here' is Thimphu (the dateline); Friday 22 March 2024 and the day after.")
fact("meeting-2024-03-22-narendra-modi-tshering-tobgay", "meeting",
     [ev("was received at Paro airport by his Bhutanese counterpart Tshering Tobgay"),
      ev("The prime minister later held talks with Tobgay at the Gyalyong Tshogkhang")],
     participants=["narendra-modi", "tshering-tobgay"], capacity=[p_modi, p_tob], host="bhutan", location="thimphu",
     date="2024-03-22", inferred=["date", "location"], **REL, note="Received at the airport and talks later the same day in Thimphu.")
fact("award-2024-03-22-narendra-modi-order-of-the-druk-gyalpo", "award",
     ev("Modi was conferred the Order of the Druk Gyalpo, Bhutan's highest civilian decoration, by King Jigme Khesar Namgyel Wangchuck"),
     recipient="narendra-modi", award="order-of-the-druk-gyalpo", date="2024-03-22", inferred=["date"], **REL)
fact("meeting-2024-03-22-narendra-modi-jigme-khesar-namgyel-wangchuck", "meeting",
     ev("In the evening Modi called on the King at Lingkana Palace"),
     participants=["narendra-modi", "jigme-khesar-namgyel-wangchuck"], capacity=[p_modi, p_king], host="bhutan", location="thimphu",
     date="2024-03-22", inferred=["date", "location"], **REL)
fact("meeting-2024-03-22-narendra-modi-jigme-singye-wangchuck", "meeting",
     ev("In the evening Modi called on the King at Lingkana Palace, where he also met the Fourth King, Jigme Singye Wangchuck."),
     participants=["narendra-modi", "jigme-singye-wangchuck"], capacity=[p_modi, p_k4], host="bhutan", location="thimphu",
     date="2024-03-22", inferred=["date", "location"], **REL)
sig = "The two sides exchanged an agreement on the general supply of petroleum, oil and lubricants from India to Bhutan and a memorandum of understanding on energy efficiency"
fact("signing-2024-03-22-india-bhutan-petroleum-supply", "signing", ev(sig), instrument="india-bhutan-agreement-petroleum-supply-2024",
     parties=["india", "bhutan"], location="thimphu", date="2024-03-22", inferred=["date", "location"], inference="context",
     note="Exchanged during the visit, as reported on Friday 22 March 2024.")
fact("signing-2024-03-22-india-bhutan-energy-efficiency", "signing", ev(sig), instrument="india-bhutan-mou-energy-efficiency-2024",
     parties=["india", "bhutan"], location="thimphu", date="2024-03-22", inferred=["date", "location"], inference="context")
fact("relations-1968-bhutan-india", "relations-established", ev("India and Bhutan established formal diplomatic relations in 1968"),
     parties=["india", "bhutan"], date="1968")
fact("trade-2023-bhutan-india", "trade-turnover",
     ev("India is Bhutan's largest trading partner, and bilateral trade stood at Rs 13,600 crore in 2023"),
     parties=["india", "bhutan"], year="2023", amount=136000000000, currency="INR", note="13,600 crore rupees.")
fact("visit-2019-08-narendra-modi-bhutan", "visit", ev("Modi last visited Bhutan in August 2019"),
     visitor=["narendra-modi"], visitor_country="india", host="bhutan", start="2019-08")

# ---------- 03 Wikipedia: Poland–Ukraine relations
G.doc = "03_wiki_poland_ukraine_relations"
fact("recognition-1991-12-02-poland-ukraine", "recognition",
     ev("Poland was the first country to recognise the independence of Ukraine, on 2 December 1991"),
     recognizer="poland", recognized="ukraine", date="1991-12-02")
fact("relations-1992-01-04-poland-ukraine", "relations-established",
     ev("Poland was the first country to recognise the independence of Ukraine, on 2 December 1991, and the two countries established diplomatic relations on 4 January 1992"),
     parties=["poland", "ukraine"], date="1992-01-04", inferred=["parties"], inference="context")
fact("mission-embassy-of-poland-in-ukraine", "mission", ev("Poland has an embassy in Kyiv"), embassy="embassy-of-poland-in-ukraine")
fact("mission-embassy-of-ukraine-in-poland", "mission", ev("Ukraine has an embassy in Warsaw"), embassy="embassy-of-ukraine-in-poland")
both = "Both countries are members of the United Nations, the Council of Europe and the Organization for Security and Co-operation in Europe (OSCE)."
for c in ("poland", "ukraine"):
    for o in ("united-nations", "council-of-europe", "organization-for-security-and-co-operation-in-europe"):
        member(c, o, both, inferred=["member"], inference="context", note="'Both countries' are Poland and Ukraine.")
member("poland", "european-union", "Poland joined the European Union in 2004", start="2004")
p_wal = pos("lech-walesa", "president", "poland", "President of Poland", "President Lech Wałęsa",
            inferred=["organisation"], inference="context", note="A former president (the treaty of 1992).")
p_kra = pos("leonid-kravchuk", "president", "ukraine", "President of Ukraine", "President Leonid Kravchuk of Ukraine",
            note="A former president.")
fact("signing-1992-05-18-poland-ukraine-treaty-good-neighbourliness", "signing",
     ev("The Treaty on Good Neighbourliness, Friendly Relations and Cooperation was signed in Warsaw on 18 May 1992 by President Lech Wałęsa and President Leonid Kravchuk of Ukraine."),
     instrument="poland-ukraine-treaty-good-neighbourliness", parties=["poland", "ukraine"],
     signatories=["lech-walesa", "leonid-kravchuk"], location="warsaw", date="1992-05-18", inferred=["parties"], inference="context")
p_kwa = pos("aleksander-kwasniewski", "president", "poland", "President of Poland", "President Aleksander Kwaśniewski",
            inferred=["organisation"], inference="context", note="A former president.")
p_kuc = pos("leonid-kuchma", "president", "ukraine", "President of Ukraine", "Ukrainian President Leonid Kuchma", note="A former president.")
pos("lech-kaczynski", "president", "poland", "President of Poland", "His successor Lech Kaczyński",
    inferred=["role", "organisation"], inference="context", note="Kwaśniewski's successor as president; a former president.")
fact("visit-1997-05-aleksander-kwasniewski-ukraine", "visit", ev("President Aleksander Kwaśniewski paid a visit to Kyiv in May 1997"),
     visitor=["aleksander-kwasniewski"], capacity=[p_kwa], visitor_country="poland", host="ukraine", destination="kyiv", start="1997-05",
     inferred=["host"], inference="context")
fact("signing-1997-05-declaration-on-understanding-and-unity", "signing",
     ev("President Aleksander Kwaśniewski paid a visit to Kyiv in May 1997, when he and Ukrainian President Leonid Kuchma signed the Declaration on Understanding and Unity."),
     instrument="declaration-on-understanding-and-unity", parties=["poland", "ukraine"],
     signatories=["aleksander-kwasniewski", "leonid-kuchma"], location="kyiv", date="1997-05", inferred=["parties"], inference="context")
p_duda = pos("andrzej-duda", "president", "poland", "President of Poland", "Polish President Andrzej Duda")
p_nau = pos("gitanas-nauseda", "president", "lithuania", "President of Lithuania", "Lithuanian President Gitanas Nausėda")
p_zel = pos("volodymyr-zelenskyy", "president", "ukraine", "President of Ukraine", "President Volodymyr Zelenskyy",
            inferred=["organisation"], inference="context")
duda = "On 23 February 2022, the day before the Russian invasion, Polish President Andrzej Duda visited Kyiv together with Lithuanian President Gitanas Nausėda; both held talks with President Volodymyr Zelenskyy."
for who, c, cap in (("andrzej-duda", "poland", p_duda), ("gitanas-nauseda", "lithuania", p_nau)):
    fact(f"visit-2022-02-23-{who}-ukraine", "visit", ev(duda), visitor=[who], capacity=[cap], visitor_country=c, host="ukraine",
         destination="kyiv", start="2022-02-23", inferred=["host"], inference="context")
    fact(f"meeting-2022-02-23-{who}-volodymyr-zelenskyy", "meeting", ev(duda), participants=[who, "volodymyr-zelenskyy"],
         capacity=[cap, p_zel], host="ukraine", location="kyiv", date="2022-02-23")
zel = "Zelenskyy paid an official visit to Warsaw on 5 April 2023. He was received by Duda, who awarded him the Order of the White Eagle"
fact("visit-2023-04-05-volodymyr-zelenskyy-poland", "visit", ev("Zelenskyy paid an official visit to Warsaw on 5 April 2023"),
     visitor=["volodymyr-zelenskyy"], capacity=[p_zel], visitor_country="ukraine", host="poland", destination="warsaw",
     start="2023-04-05", kind="official", inferred=["host"], inference="context")
fact("meeting-2023-04-05-volodymyr-zelenskyy-andrzej-duda", "meeting", ev(zel), participants=["volodymyr-zelenskyy", "andrzej-duda"],
     capacity=[p_zel, p_duda], host="poland", location="warsaw", date="2023-04-05")
fact("award-2023-04-05-volodymyr-zelenskyy-order-of-the-white-eagle", "award", ev(zel), recipient="volodymyr-zelenskyy",
     award="order-of-the-white-eagle", date="2023-04-05", inferred=["date"], inference="context")
p_tusk = pos("donald-tusk", "prime-minister", "poland", "Prime Minister of Poland", "Prime Minister Donald Tusk",
             inferred=["organisation"], inference="context")
p_shm = pos("denys-shmyhal", "prime-minister", "ukraine", "Prime Minister of Ukraine", "Ukrainian Prime Minister Denys Shmyhal")
tusk = "Prime Minister Donald Tusk visited Kyiv on 22 January 2024, where he met Zelenskyy and Ukrainian Prime Minister Denys Shmyhal."
fact("visit-2024-01-22-donald-tusk-ukraine", "visit", ev(tusk), visitor=["donald-tusk"], capacity=[p_tusk], visitor_country="poland",
     host="ukraine", destination="kyiv", start="2024-01-22", inferred=["host", "visitor_country"], inference="context")
for other, cap in (("volodymyr-zelenskyy", p_zel), ("denys-shmyhal", p_shm)):
    fact(f"meeting-2024-01-22-donald-tusk-{other}", "meeting", ev(tusk), participants=["donald-tusk", other], capacity=[p_tusk, cap],
         host="ukraine", location="kyiv", date="2024-01-22", note="Recorded as separate meetings.")
fact("trade-2023-poland-ukraine", "trade-turnover", ev("Bilateral trade amounted to US$15.3 billion in 2023. Poland is Ukraine's second-largest trading partner after China."),
     parties=["poland", "ukraine"], year="2023", amount=15.3e9, currency="USD", inferred=["parties"], inference="context",
     note="The article's subject; the sentence names neither country.")

# ---------- 04 Norwegian MFA: Tvinnereim in Mozambique
G.doc = "04_regjeringen_norway_mozambique"
p_tvi = pos("anne-beathe-tvinnereim", "minister", "norway", "Minister of International Development of Norway",
            "Minister of International Development Anne Beathe Tvinnereim", inferred=["organisation"], inference="context")
p_nyu = pos("filipe-nyusi", "president", "mozambique", "President of Mozambique", "President Filipe Nyusi",
            inferred=["organisation"], inference="context")
p_zac = pos("carlos-zacarias", "minister", "mozambique", "Minister of Mineral Resources and Energy of Mozambique",
            "Mozambique's Minister of Mineral Resources and Energy, Carlos Zacarias")
pos("haakon-gram-johannessen", "ambassador", "norway", "Ambassador of Norway to Mozambique",
    "Norway's Ambassador to Mozambique, Haakon Gram-Johannessen", accredited_to="mozambique")
pos("adriano-maleiane", "prime-minister", "mozambique", "Prime Minister of Mozambique", "Prime Minister Adriano Maleiane",
    inferred=["organisation"], inference="context")
fact("visit-2024-02-12-anne-beathe-tvinnereim-mozambique", "visit",
     ev("Minister of International Development Anne Beathe Tvinnereim is visiting Mozambique from 12 to 15 February."),
     visitor=["anne-beathe-tvinnereim"], capacity=[p_tvi], visitor_country="norway", host="mozambique", start="2024-02-12",
     end="2024-02-15", inferred=["start", "end", "visitor_country"], **REL, note="Year from the release of 14 February 2024; under way at publication.")
fact("meeting-2024-02-13-anne-beathe-tvinnereim-filipe-nyusi", "meeting",
     ev("On Tuesday Tvinnereim was received by President Filipe Nyusi in Maputo."),
     participants=["anne-beathe-tvinnereim", "filipe-nyusi"], capacity=[p_tvi, p_nyu], host="mozambique", location="maputo",
     date="2024-02-13", inferred=["date"], **REL, note="The Tuesday before the release of Wednesday 14 February 2024.")
fact("signing-2024-02-13-norway-mozambique-oil-for-development", "signing",
     ev("The same day, Norway and Mozambique signed an agreement on continued cooperation under the Oil for Development programme. The agreement was signed by Tvinnereim and Mozambique's Minister of Mineral Resources and Energy, Carlos Zacarias."),
     instrument="norway-mozambique-oil-for-development-agreement-2024", parties=["norway", "mozambique"],
     signatories=["anne-beathe-tvinnereim", "carlos-zacarias"], location="maputo", date="2024-02-13",
     inferred=["date", "location"], **REL)
fact("relations-1975-mozambique-norway", "relations-established", ev("Norway and Mozambique established diplomatic relations in 1975"),
     parties=["norway", "mozambique"], date="1975")
fact("embassy-opening-1977-embassy-of-norway-in-mozambique", "embassy-opening", ev("Norway opened its embassy in Maputo in 1977"),
     embassy="embassy-of-norway-in-mozambique", date="1977")

# ---------- 05 Ahram Online: Saudi FM in Cairo
G.doc = "05_ahram_saudi_egypt"
p_sisi = pos("abdel-fattah-el-sisi", "president", "egypt", "President of Egypt", "President Abdel-Fattah El-Sisi",
             inferred=["organisation"], inference="context")
p_fai = pos("faisal-bin-farhan-al-saud", "minister", "saudi-arabia", "Minister of Foreign Affairs of Saudi Arabia",
            "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud")
pos("ahmed-fahmy", "official", "egypt", "Spokesman of the Presidency of Egypt", "presidential spokesman Ahmed Fahmy",
    inferred=["organisation"], inference="context")
pos("salman-bin-abdulaziz", "official", "saudi-arabia", "King of Saudi Arabia", "King Salman bin Abdulaziz",
    inferred=["organisation"], inference="context", note="A monarch: 'official' with a title.")
pos("mohammed-bin-salman", "official", "saudi-arabia", "Crown Prince of Saudi Arabia", "Crown Prince Mohammed bin Salman",
    inferred=["organisation"], inference="context")
p_abd = pos("badr-abdelatty", "minister", "egypt", "Minister of Foreign Affairs of Egypt", "his Egyptian counterpart Badr Abdelatty",
            inferred=["title"], inference="context")
pos("saleh-bin-eid-al-hussaini", "ambassador", "saudi-arabia", "Ambassador of Saudi Arabia to Egypt",
    "Saudi Ambassador to Egypt Saleh bin Eid Al-Hussaini", accredited_to="egypt")
fact("meeting-2024-09-08-abdel-fattah-el-sisi-faisal-bin-farhan-al-saud", "meeting",
     ev("President Abdel-Fattah El-Sisi received on Sunday Saudi Foreign Minister Prince Faisal bin Farhan Al Saud at the Ittihadiya Palace in Cairo"),
     participants=["abdel-fattah-el-sisi", "faisal-bin-farhan-al-saud"], capacity=[p_sisi, p_fai], host="egypt", location="cairo",
     date="2024-09-08", inferred=["date"], **REL, note="Sunday 8 September 2024, the day of the report.")
fact("visit-2024-09-07-faisal-bin-farhan-al-saud-egypt", "visit",
     ev("Prince Faisal, who arrived in Cairo on Saturday evening on a two-day visit"),
     visitor=["faisal-bin-farhan-al-saud"], capacity=[p_fai], visitor_country="saudi-arabia", host="egypt", destination="cairo",
     start="2024-09-07", end="2024-09-08", inferred=["start", "end", "host", "visitor_country"], **REL,
     note="Saturday 7 September 2024 and the day after.")
fact("meeting-2024-09-08-faisal-bin-farhan-al-saud-badr-abdelatty", "meeting",
     ev("Earlier in the day, the Saudi minister held talks with his Egyptian counterpart Badr Abdelatty"),
     participants=["faisal-bin-farhan-al-saud", "badr-abdelatty"], capacity=[p_fai, p_abd], host="egypt", location="cairo",
     date="2024-09-08", inferred=["date", "location"], **REL)
fact("signing-2024-09-08-saudi-egyptian-coordination-council-minutes", "signing",
     ev("The two ministers signed the minutes of the preparatory meeting of the Saudi-Egyptian Supreme Coordination Council"),
     instrument="minutes-saudi-egyptian-supreme-coordination-council-preparatory-meeting", parties=["saudi-arabia", "egypt"],
     signatories=["faisal-bin-farhan-al-saud", "badr-abdelatty"], location="cairo", date="2024-09-08",
     inferred=["date", "location", "parties", "signatories"], inference="context")
fact("trade-2023-egypt-saudi-arabia", "trade-turnover",
     ev("Abdelatty said trade between the two countries reached $12.8 billion in 2023, making the kingdom Egypt's largest Arab trading partner."),
     parties=["egypt", "saudi-arabia"], year="2023", amount=12.8e9, currency="USD", inferred=["parties"], inference="context")
fact("signing-1979-egypt-israel-peace-treaty", "signing",
     ev("Relations were severed in 1979 after Egypt signed a peace treaty with Israel"),
     instrument="egypt-israel-peace-treaty", parties=["egypt", "israel"], date="1979")
fact("relations-1936-egypt-saudi-arabia", "relations-established", ev("Egypt and Saudi Arabia established diplomatic relations in 1936"),
     parties=["egypt", "saudi-arabia"], date="1936", note="Severed in 1979 and restored in 1987.")
al = "Egypt's membership of the Arab League was suspended in 1979 and restored in 1989"
member("egypt", "league-of-arab-states", al, end="1979", suffix="-to-1979", note="Suspended in 1979; the start is not given.")
member("egypt", "league-of-arab-states", al, start="1989", suffix="-1989", note="Restored in 1989.")

# ---------- 06 Yonhap: Samia in Seoul
G.doc = "06_yonhap_korea_tanzania"
p_yoon = pos("yoon-suk-yeol", "president", "south-korea", "President of South Korea", "President Yoon Suk Yeol",
             inferred=["organisation"], inference="context")
p_sam = pos("samia-suluhu-hassan", "president", "tanzania", "President of Tanzania", "Tanzanian President Samia Suluhu Hassan")
p_cho = pos("cho-tae-yul", "minister", "south-korea", "Minister of Foreign Affairs of South Korea", "Foreign Minister Cho Tae-yul",
            inferred=["organisation"], inference="context")
p_mak = pos("january-makamba", "minister", "tanzania", "Minister of Foreign Affairs and East African Cooperation of Tanzania",
            "Tanzanian Minister of Foreign Affairs and East African Cooperation January Makamba")
p_han = pos("han-duck-soo", "prime-minister", "south-korea", "Prime Minister of South Korea", "Prime Minister Han Duck-soo",
            inferred=["organisation"], inference="context")
pos("mohamed-ould-cheikh-el-ghazouani", "president", "mauritania", "President of Mauritania",
    "Mauritanian President Mohamed Ould Ghazouani")
pos("mohamed-ould-cheikh-el-ghazouani", "chair", "african-union", "Chairperson of the African Union",
    "African Union, which will be represented at the summit by Mauritanian President Mohamed Ould Ghazouani, the union's current chair")
fact("meeting-2024-06-02-yoon-suk-yeol-samia-suluhu-hassan", "meeting",
     ev("President Yoon Suk Yeol held summit talks with Tanzanian President Samia Suluhu Hassan on Sunday"),
     participants=["yoon-suk-yeol", "samia-suluhu-hassan"], capacity=[p_yoon, p_sam], host="south-korea", location="seoul",
     date="2024-06-02", inferred=["date", "location"], **REL, note="Sunday 2 June 2024 (dateline); Seoul from the dateline.")
fact("visit-2024-05-31-samia-suluhu-hassan-south-korea", "visit",
     ev("Samia arrived in Seoul on Friday for a five-day official visit, the first by a Tanzanian head of state to South Korea"),
     visitor=["samia-suluhu-hassan"], capacity=[p_sam], visitor_country="tanzania", host="south-korea", destination="seoul",
     start="2024-05-31", end="2024-06-04", kind="official", inferred=["start", "end"], **REL,
     note="Friday 31 May 2024; five days end on Tuesday 4 June.")
fact("relations-1992-04-south-korea-tanzania", "relations-established",
     ev("the first by a Tanzanian head of state to South Korea since the two countries established diplomatic relations in April 1992"),
     parties=["south-korea", "tanzania"], date="1992-04")
sig = "the two leaders witnessed the signing of a framework arrangement on loans from Korea's Economic Development Cooperation Fund (EDCF) worth US$2.5 billion for 2024-2028, as well as a memorandum of understanding on cooperation in critical minerals. The documents were signed by Foreign Minister Cho Tae-yul and Tanzanian Minister of Foreign Affairs and East African Cooperation January Makamba."
for fid, inst in (("signing-2024-06-02-korea-tanzania-edcf-framework-arrangement", "korea-tanzania-edcf-framework-arrangement-2024"),
                  ("signing-2024-06-02-korea-tanzania-mou-critical-minerals", "korea-tanzania-mou-critical-minerals-2024")):
    fact(fid, "signing", ev(sig), instrument=inst, parties=["south-korea", "tanzania"], signatories=["cho-tae-yul", "january-makamba"],
         location="seoul", date="2024-06-02", inferred=["date", "location", "parties"], inference="context",
         note="After the talks of Sunday 2 June 2024.")
fact("trade-2023-south-korea-tanzania", "trade-turnover",
     ev("Bilateral trade amounted to US$283 million last year, according to the Korea International Trade Association."),
     parties=["south-korea", "tanzania"], year="2023", amount=283e6, currency="USD", inferred=["year", "parties"], **REL)
fact("meeting-2024-06-02-samia-suluhu-hassan-han-duck-soo", "meeting",
     ev("Later on Sunday, Samia met with Prime Minister Han Duck-soo at a luncheon in central Seoul."),
     participants=["samia-suluhu-hassan", "han-duck-soo"], capacity=[p_sam, p_han], host="south-korea", location="seoul",
     date="2024-06-02", inferred=["date"], **REL)
fact("embassy-opening-1992-embassy-of-south-korea-in-tanzania", "embassy-opening",
     ev("Korea opened its embassy in Dar es Salaam in 1992"), embassy="embassy-of-south-korea-in-tanzania", date="1992")
fact("embassy-opening-2014-embassy-of-tanzania-in-south-korea", "embassy-opening",
     ev("Korea opened its embassy in Dar es Salaam in 1992, while Tanzania opened an embassy in Seoul in 2014."),
     embassy="embassy-of-tanzania-in-south-korea", date="2014")

# ---------- 07 Antara: ASEAN Regional Forum
G.doc = "07_antara_asean_regional_forum"
p_ret = pos("retno-marsudi", "minister", "indonesia", "Minister of Foreign Affairs of Indonesia",
            "Indonesian Foreign Minister Retno Marsudi")
p_sal_m = pos("saleumxay-kommasith", "minister", "laos", "Minister of Foreign Affairs of Laos",
              "Lao Deputy Prime Minister and Foreign Minister Saleumxay Kommasith")
pos("saleumxay-kommasith", "official", "laos", "Deputy Prime Minister of Laos",
    "Lao Deputy Prime Minister and Foreign Minister Saleumxay Kommasith")
pos("joko-widodo", "president", "indonesia", "President of Indonesia", "President Joko Widodo",
    inferred=["organisation"], inference="context")
p_wang = pos("wang-yi", "minister", "china", "Minister of Foreign Affairs of China", "Chinese Foreign Minister Wang Yi")
p_bli = pos("antony-blinken", "minister", "united-states", "Secretary of State of the United States",
            "U.S. Secretary of State Antony Blinken")
pos("ri-yong-chol", "ambassador", "north-korea", "Ambassador of North Korea to Laos", "its ambassador to Laos, Ri Yong Chol",
    accredited_to="laos", inferred=["organisation"], inference="context", note="'Its' is Pyongyang, i.e. North Korea.")
pos("choe-son-hui", "minister", "north-korea", "Minister of Foreign Affairs of North Korea", "Foreign Minister Choe Son Hui",
    inferred=["organisation"], inference="context")
fact("summit-2024-07-27-asean-regional-forum-vientiane", "summit",
     [ev("Indonesian Foreign Minister Retno Marsudi took part in the 31st ASEAN Regional Forum (ARF) in Vientiane on Saturday (July 27, 2024)"),
      ev("The forum, chaired by Lao Deputy Prime Minister and Foreign Minister Saleumxay Kommasith"),
      ev("On the sidelines of the forum, Retno held a bilateral meeting with Chinese Foreign Minister Wang Yi"),
      ev("Pyongyang, which joined the ARF in 2000, was represented by its ambassador to Laos, Ri Yong Chol")],
     name="31st ASEAN Regional Forum", organiser="asean-regional-forum", host="laos", location="vientiane", date="2024-07-27",
     participants=["retno-marsudi", "saleumxay-kommasith", "wang-yi", "antony-blinken", "ri-yong-chol"],
     inferred=["host", "participants"], inference="context",
     note="Wang Yi and Blinken met Retno on the sidelines; Ri Yong Chol represented North Korea.")
fact("summit-2024-07-asean-foreign-ministers-meeting-vientiane", "summit",
     ev("in a series of meetings that concluded the 57th ASEAN Foreign Ministers' Meeting"),
     name="57th ASEAN Foreign Ministers' Meeting", organiser="association-of-southeast-asian-nations", host="laos", location="vientiane",
     date="2024-07", inferred=["date", "host", "location"], inference="context",
     note="Concluded with the ARF of 27 July 2024 in Vientiane; its first day is not given.")
fact("meeting-2024-07-27-retno-marsudi-wang-yi", "meeting",
     ev("On the sidelines of the forum, Retno held a bilateral meeting with Chinese Foreign Minister Wang Yi"),
     participants=["retno-marsudi", "wang-yi"], capacity=[p_ret, p_wang], host="laos", location="vientiane", date="2024-07-27",
     inferred=["date", "host", "location"], inference="context")
fact("meeting-2024-07-27-retno-marsudi-antony-blinken", "meeting",
     ev("She also met with U.S. Secretary of State Antony Blinken"),
     participants=["retno-marsudi", "antony-blinken"], capacity=[p_ret, p_bli], host="laos", location="vientiane", date="2024-07-27",
     inferred=["date", "host", "location"], inference="context")
fact("visit-2024-07-25-wang-yi-laos", "visit", ev("Chinese Foreign Minister Wang Yi, who had arrived in the Lao capital on Thursday"),
     visitor=["wang-yi"], capacity=[p_wang], visitor_country="china", host="laos", destination="vientiane", start="2024-07-25",
     inferred=["start", "destination"], **REL, note="Thursday 25 July 2024; the Lao capital is Vientiane.")
member("north-korea", "asean-regional-forum", "Pyongyang, which joined the ARF in 2000", start="2000")
arf = "The ARF, established in 1994, brings together 27 participants, including the ten ASEAN member states, China, the United States, Russia, the European Union and Timor-Leste."
for c in ("china", "united-states", "russia", "timor-leste"):
    member(c, "asean-regional-forum", arf, note="Called a participant of the forum.")
member("timor-leste", "association-of-southeast-asian-nations", "Timor-Leste was admitted as an observer to ASEAN in November 2022",
       role="observer", start="2022-11")

# ---------- 08 AFP: Mercosur summit in Asunción
G.doc = "08_afp_mercosur_bolivia"
member("bolivia", "mercosur", "Bolivia formally became a full member of the South American trade bloc Mercosur on Monday",
       start="2024-07-08", inferred=["start"], **REL)
p_pen = pos("santiago-pena", "president", "paraguay", "President of Paraguay", "Paraguayan President Santiago Peña")
pos("javier-milei", "president", "argentina", "President of Argentina", "Argentine President Javier Milei")
p_arce = pos("luis-arce", "president", "bolivia", "President of Bolivia", "Bolivian President Luis Arce")
pos("luiz-inacio-lula-da-silva", "president", "brazil", "President of Brazil", "Presidents Luiz Inacio Lula da Silva of Brazil")
p_lac = pos("luis-lacalle-pou", "president", "uruguay", "President of Uruguay",
            "Presidents Luiz Inacio Lula da Silva of Brazil and Luis Lacalle Pou of Uruguay")
pos("diana-mondino", "minister", "argentina", "Minister of Foreign Affairs of Argentina",
    "Argentina was represented by Foreign Minister Diana Mondino")
fact("summit-2024-07-08-mercosur-asuncion", "summit",
     [ev("at a summit in Asuncion hosted by Paraguayan President Santiago Peña"),
      ev("Bolivian President Luis Arce took part in the meeting as a full member for the first time, alongside Peña and Presidents Luiz Inacio Lula da Silva of Brazil and Luis Lacalle Pou of Uruguay. Argentina was represented by Foreign Minister Diana Mondino.")],
     name="Mercosur summit in Asunción (July 2024)", organiser="mercosur", host="paraguay", location="asuncion", date="2024-07-08",
     participants=["santiago-pena", "luis-arce", "luiz-inacio-lula-da-silva", "luis-lacalle-pou", "diana-mondino"],
     inferred=["date"], **REL, note="Monday 8 July 2024.")
fact("visit-2024-07-07-luiz-inacio-lula-da-silva-paraguay", "visit", ev("Lula, who arrived in Asuncion on Sunday evening"),
     visitor=["luiz-inacio-lula-da-silva"], capacity=[p_lula], visitor_country="brazil", host="paraguay", destination="asuncion",
     start="2024-07-07", inferred=["start", "host", "visitor_country"], **REL, note="Sunday 7 July 2024, for the summit.")
fact("meeting-2024-07-08-luiz-inacio-lula-da-silva-luis-arce", "meeting",
     ev("Lula, who arrived in Asuncion on Sunday evening, met Arce on the sidelines of the summit"),
     participants=["luiz-inacio-lula-da-silva", "luis-arce"], capacity=[p_lula, p_arce], host="paraguay", location="asuncion",
     date="2024-07-08", inferred=["date"], inference="context")
tre = "Mercosur was created on March 26, 1991, when Argentina, Brazil, Paraguay and Uruguay signed the Treaty of Asuncion."
fact("signing-1991-03-26-treaty-of-asuncion", "signing", ev(tre), instrument="treaty-of-asuncion",
     parties=["argentina", "brazil", "paraguay", "uruguay"], date="1991-03-26")
for c in ("argentina", "brazil", "paraguay", "uruguay"):
    member(c, "mercosur", tre, start="1991-03-26", inferred=["member"], inference="context", note="A founding member.")
member("venezuela", "mercosur", "Venezuela joined in 2012 but was suspended in 2016.", start="2012", end="2016",
       inferred=["organisation"], inference="context", note="Suspended in 2016.")
fact("signing-2015-protocol-of-accession-of-bolivia-to-mercosur", "signing", ev("Bolivia signed its accession protocol in 2015"),
     instrument="protocol-of-accession-of-bolivia-to-mercosur", parties=["bolivia", "mercosur"], date="2015",
     inferred=["parties"], inference="context", note="The text names Bolivia as the signer; the other party is the bloc.")
fact("visit-2024-07-06-javier-milei-brazil", "visit",
     ev("Milei, who has clashed repeatedly with Lula, spent the weekend in Brazil instead, attending a conservative political conference in Balneario Camboriu"),
     visitor=["javier-milei"], visitor_country="argentina", host="brazil", destination="balneario-camboriu", start="2024-07-06",
     end="2024-07-07", inferred=["start", "end"], **REL,
     note="The weekend before Monday 8 July 2024; a trip to a political conference, without official meetings.")

# ---------- 09 PNA: credentials in Manila
G.doc = "09_pna_credentials_canada"
pos("ferdinand-marcos-jr", "president", "philippines", "President of the Philippines", "President Ferdinand R. Marcos Jr.",
    inferred=["organisation"], inference="context")
pos("david-hartman", "ambassador", "canada", "Ambassador of Canada to the Philippines",
    "five new ambassadors to the Philippines, including Canada's David Hartman", accredited_to="philippines",
    note="Presented his credentials on Tuesday 8 October 2024.")
pos("david-hartman", "official", "canada", "Consul General of Canada in Shanghai",
    "Hartman, a career diplomat who previously served as Canada's Consul General in Shanghai", note="A former post.")
for who, c, anchor in (("abdulla-abdulrahman-al-hamadi", "qatar", "Ambassador Abdulla Abdulrahman Al-Hamadi of Qatar"),
                       ("rami-kamel", "egypt", "Ambassador Rami Kamel of Egypt"),
                       ("tariq-karim", "bangladesh", "Ambassador Tariq Karim of Bangladesh"),
                       ("leila-ferreira", "brazil", "Ambassador Leila Ferreira of Brazil")):
    pos(who, "ambassador", c, f"Ambassador of {c.replace('-', ' ').title()} to the Philippines", anchor, accredited_to="philippines",
        inferred=["accredited_to"], inference="context", note="One of the five new ambassadors to the Philippines.")
fact("relations-1949-canada-philippines", "relations-established", ev("Canada and the Philippines established diplomatic relations in 1949."),
     parties=["canada", "philippines"], date="1949")
fact("trade-2023-canada-philippines", "trade-turnover",
     ev("Canada and the Philippines established diplomatic relations in 1949. Bilateral trade between the two countries reached CAD 2.2 billion in 2023"),
     parties=["canada", "philippines"], year="2023", amount=2.2e9, currency="CAD", inferred=["parties"], inference="context")
p_ng = pos("mary-ng", "minister", "canada", "Minister of International Trade of Canada", "Canadian Minister of International Trade Mary Ng")
pos("alfredo-pascual", "minister", "philippines", "Secretary of Trade and Industry of the Philippines", "Trade Secretary Alfredo Pascual",
    inferred=["organisation"], inference="context")
ng = "Canadian Minister of International Trade Mary Ng visited Manila in February, leading the first Canadian trade mission to the Philippines in more than a decade, and signed with Trade Secretary Alfredo Pascual a memorandum of understanding on agricultural cooperation."
fact("visit-2024-02-mary-ng-philippines", "visit", ev(ng), visitor=["mary-ng"], capacity=[p_ng], visitor_country="canada",
     host="philippines", destination="manila", start="2024-02", inferred=["start"], **REL, note="February of the October 2024 report.")
fact("signing-2024-02-canada-philippines-mou-agricultural-cooperation", "signing", ev(ng),
     instrument="canada-philippines-mou-agricultural-cooperation-2024", parties=["canada", "philippines"],
     signatories=["mary-ng", "alfredo-pascual"], location="manila", date="2024-02", inferred=["date", "location"], **REL)
pos("enrique-manalo", "minister", "philippines", "Secretary of Foreign Affairs of the Philippines", "Foreign Affairs Secretary Enrique Manalo",
    inferred=["organisation"], inference="context")
pos("justin-trudeau", "prime-minister", "canada", "Prime Minister of Canada", "Canadian Prime Minister Justin Trudeau")
pos("maria-andrelita-austria", "ambassador", "philippines", "Ambassador of the Philippines to Canada",
    "The Philippines' Ambassador to Canada, Maria Andrelita Austria", accredited_to="canada")
fact("embassy-opening-1956-embassy-of-the-philippines-in-canada", "embassy-opening",
     ev("The Philippine Embassy in Ottawa was opened in 1956."), embassy="embassy-of-the-philippines-in-canada", date="1956")
fact("relations-1981-05-philippines-qatar", "relations-established",
     ev("Al-Hamadi, for his part, said Qatar and the Philippines would mark the 44th anniversary of their diplomatic relations in May."),
     parties=["qatar", "philippines"], date="1981-05", inferred=["date"], **REL,
     note="The 44th anniversary falls in the May after the October 2024 report (May 2025), so May 1981.")

# ---------- 10 City of Windhoek: sister city Havana
G.doc = "10_windhoek_sister_city_havana"
fact("twinning-windhoek-havana", "twinning",
     ev("The City of Windhoek and the City of Havana, Republic of Cuba, signed a sister city agreement at the Windhoek Municipal Council Chambers on Thursday, 14 March 2024."),
     cities=["windhoek", "havana"], start="2024-03-14")
pos("joseph-uapingene", "official", "namibia", "Mayor of Windhoek", "the Mayor of Windhoek, Cllr Joseph Uapingene",
    inferred=["organisation"], inference="context", note="A municipal post; the organisation is the country (a city cannot hold a post).")
p_gz = pos("reinaldo-garcia-zapata", "official", "cuba", "Governor of Havana", "the Governor of Havana, Reinaldo García Zapata",
           inferred=["organisation"], inference="context", note="A provincial post; the organisation is the country.")
pos("ernesto-soberon-guzman", "ambassador", "cuba", "Ambassador of Cuba to Namibia",
    "the Ambassador of the Republic of Cuba to Namibia, H.E. Ernesto Soberón Guzmán", accredited_to="namibia")
pos("moses-matyayi", "official", "namibia", "Chief Executive Officer of the City of Windhoek",
    "the Chief Executive Officer of the City of Windhoek, Moses Matyayi", inferred=["organisation"], inference="context")
p_uut = pos("erastus-uutoni", "minister", "namibia", "Minister of Urban and Rural Development of Namibia",
            "the Minister of Urban and Rural Development, Erastus Uutoni", inferred=["organisation"], inference="context")
fact("visit-2024-03-12-reinaldo-garcia-zapata-namibia", "visit",
     ev("the Governor of Havana, Reinaldo García Zapata, who led a Cuban delegation on a working visit to Namibia from 12 to 15 March."),
     visitor=["reinaldo-garcia-zapata"], capacity=[p_gz], visitor_country="cuba", host="namibia", destination="windhoek",
     start="2024-03-12", end="2024-03-15", kind="working", inferred=["start", "end", "destination"], inference="context",
     note="Year from the news item; the signing took place in Windhoek during the visit.")
fact("meeting-2024-03-13-reinaldo-garcia-zapata-erastus-uutoni", "meeting",
     ev("On Wednesday, Governor García Zapata also paid a courtesy call on the Minister of Urban and Rural Development, Erastus Uutoni"),
     participants=["reinaldo-garcia-zapata", "erastus-uutoni"], capacity=[p_gz, p_uut], host="namibia", location="windhoek",
     date="2024-03-13", inferred=["date", "location"], **REL, note="Wednesday 13 March 2024.")
fact("relations-1990-03-21-cuba-namibia", "relations-established",
     ev("Namibia and Cuba established diplomatic relations on 21 March 1990"), parties=["namibia", "cuba"], date="1990-03-21")
fact("twinning-windhoek-bremen", "twinning", ev("Windhoek already maintains sister city relations with Bremen in Germany (since 2000)"),
     cities=["windhoek", "bremen"], start="2000")
fact("twinning-windhoek-trondheim", "twinning",
     ev("Windhoek already maintains sister city relations with Bremen in Germany (since 2000), Trondheim in Norway"),
     cities=["windhoek", "trondheim"])
fact("twinning-windhoek-shanghai", "twinning",
     ev("Windhoek already maintains sister city relations with Bremen in Germany (since 2000), Trondheim in Norway and Shanghai in the People's Republic of China (since 2002)."),
     cities=["windhoek", "shanghai"], start="2002")

# ---------- 11 Joint communiqué: Faye in Mauritania
G.doc = "11_joint_communique_senegal_mauritania"
p_gha = pos("mohamed-ould-cheikh-el-ghazouani", "president", "mauritania", "President of Mauritania",
            "His Excellency Mohamed Ould Cheikh El Ghazouani, President of the Islamic Republic of Mauritania")
p_faye = pos("bassirou-diomaye-faye", "president", "senegal", "President of Senegal",
             "His Excellency Bassirou Diomaye Faye, President of the Republic of Senegal")
BY_ID[p_faye].update(start="2024-04-02")
BY_ID[p_faye]["evidence"].append(ev("It was President Faye's first visit abroad since he took office on 2 April 2024."))
p_fall = pos("yassine-fall", "minister", "senegal", "Minister of Foreign Affairs of Senegal",
             "The Senegalese delegation included the Minister of Foreign Affairs, Ms. Yassine Fall.")
p_mer = pos("mohamed-salem-ould-merzoug", "minister", "mauritania", "Minister of Foreign Affairs of Mauritania",
            "The Mauritanian delegation included the Minister of Foreign Affairs, Mr. Mohamed Salem Ould Merzoug.")
fact("visit-2024-04-18-bassirou-diomaye-faye-mauritania", "visit",
     ev("His Excellency Bassirou Diomaye Faye, President of the Republic of Senegal, paid a friendship and working visit to Nouakchott on 18-19 April 2024."),
     visitor=["bassirou-diomaye-faye"], capacity=[p_faye], visitor_country="senegal", host="mauritania", destination="nouakchott",
     start="2024-04-18", end="2024-04-19", kind="working", inferred=["host"], inference="context",
     note="A 'friendship and working visit'; his first visit abroad as president.")
fact("meeting-2024-04-18-bassirou-diomaye-faye-mohamed-ould-cheikh-el-ghazouani", "meeting",
     ev("It was President Faye's first visit abroad since he took office on 2 April 2024.\n\n2. The two Heads of State held talks in a tête-à-tête on 18 April 2024"),
     participants=["bassirou-diomaye-faye", "mohamed-ould-cheikh-el-ghazouani"], capacity=[p_faye, p_gha], host="mauritania",
     location="nouakchott", date="2024-04-18", inferred=["participants", "location"], inference="context")
fact("signing-2024-04-19-senegal-mauritania-fisheries-protocol", "signing",
     ev(TEXT[G.doc][TEXT[G.doc].find("3. The Senegalese delegation"):TEXT[G.doc].find(", in the presence of the two Heads of State.")]),
     instrument="senegal-mauritania-fisheries-protocol-2024", parties=["senegal", "mauritania"],
     signatories=["yassine-fall", "mohamed-salem-ould-merzoug"], location="nouakchott", date="2024-04-19",
     inferred=["parties", "signatories", "location"], inference="context")
omvs = "Senegal and Mauritania, founding members of the Organisation for the Development of the Senegal River (OMVS) together with Mali in 1972"
for c in ("senegal", "mauritania", "mali"):
    member(c, "organisation-for-the-development-of-the-senegal-river", omvs, start="1972", note="A founding member.")
member("mauritania", "economic-community-of-west-african-states",
       "Mauritania left the Economic Community of West African States (ECOWAS) in December 2000", end="2000-12",
       note="Left in December 2000; the start is not given.")
fact("signing-2017-08-mauritania-ecowas-association-agreement", "signing",
     ev("Mauritania left the Economic Community of West African States (ECOWAS) in December 2000 and signed an association agreement with the Community in August 2017."),
     instrument="mauritania-ecowas-association-agreement", parties=["mauritania", "economic-community-of-west-african-states"],
     date="2017-08")
member("senegal", "economic-community-of-west-african-states",
       "The Senegalese side reaffirmed the attachment of Senegal to ECOWAS, of which it is a founding member since 1975.", start="1975")

# ---------- 12 Interview: Valtonen
G.doc = "12_interview_valtonen_nordic"
p_val = pos("elina-valtonen", "minister", "finland", "Minister for Foreign Affairs of Finland",
            "Finland's Minister for Foreign Affairs Elina Valtonen")
p_gyl = pos("thordis-kolbrun-reykfjord-gylfadottir", "minister", "iceland", "Minister for Foreign Affairs of Iceland",
            "I met my Icelandic colleague Þórdís Kolbrún Reykfjörð Gylfadóttir", inferred=["role", "title"], inference="context",
            note="The foreign minister's 'Icelandic colleague'.")
p_orpo = pos("petteri-orpo", "prime-minister", "finland", "Prime Minister of Finland", "Prime Minister Petteri Orpo",
             inferred=["organisation"], inference="context")
pos("alexander-stubb", "president", "finland", "President of Finland", "President Alexander Stubb",
    inferred=["organisation"], inference="context")
p_syb = pos("andrii-sybiha", "minister", "ukraine", "Minister of Foreign Affairs of Ukraine", "Foreign Minister Andrii Sybiha",
            inferred=["organisation"], inference="context")
fact("summit-2024-10-28-nordic-council-reykjavik", "summit",
     [ev("on her return from the 76th Session of the Nordic Council, held in Reykjavík from 28 to 31 October"),
      ev("Prime Minister Petteri Orpo attended the session as well")],
     name="76th Session of the Nordic Council", organiser="nordic-council", host="iceland", location="reykjavik",
     start="2024-10-28", end="2024-10-31", participants=["elina-valtonen", "petteri-orpo"],
     inferred=["host", "start", "end"], **REL, note="Year from the interview of 1 November 2024.")
fact("meeting-2024-10-29-elina-valtonen-thordis-kolbrun-reykfjord-gylfadottir", "meeting",
     ev("I met my Icelandic colleague Þórdís Kolbrún Reykfjörð Gylfadóttir on Tuesday"),
     participants=["elina-valtonen", "thordis-kolbrun-reykfjord-gylfadottir"], capacity=[p_val, p_gyl], host="iceland",
     location="reykjavik", date="2024-10-29", inferred=["date", "host", "location"], **REL,
     note="The Tuesday of the session, 29 October 2024.")
member("finland", "north-atlantic-treaty-organization", "Finland became the 31st member of NATO on 4 April 2023", start="2023-04-04")
member("sweden", "north-atlantic-treaty-organization", "Sweden joined as the 32nd member on 7 March 2024", start="2024-03-07",
       inferred=["organisation"], inference="context")
member("finland", "nordic-council", "Finland has been a member of the Nordic Council since 1955", start="1955")
kyiv = "I visited Kyiv in September together with President Alexander Stubb's special envoy, and I met Foreign Minister Andrii Sybiha there on his second day in office."
fact("visit-2024-09-elina-valtonen-ukraine", "visit", ev(TEXT[G.doc][TEXT[G.doc].find("Minister Valtonen, you were in Kyiv"):TEXT[G.doc].find(kyiv) + len(kyiv)]),
     visitor=["elina-valtonen"], capacity=[p_val], visitor_country="finland", host="ukraine", destination="kyiv", start="2024-09",
     inferred=["start", "host"], **REL, note="September of the November 2024 interview.")
fact("meeting-2024-09-elina-valtonen-andrii-sybiha", "meeting", ev(kyiv), participants=["elina-valtonen", "andrii-sybiha"],
     capacity=[p_val, p_syb], host="ukraine", location="kyiv", date="2024-09", inferred=["date", "host"], **REL)

# ---------- 13 BSS: BIMSTEC summit
G.doc = "13_bss_bimstec_summit"
p_yun = pos("muhammad-yunus", "official", "bangladesh", "Chief Adviser of the Interim Government of Bangladesh",
            "Chief Adviser Professor Muhammad Yunus", inferred=["organisation"], inference="context",
            note="Head of the interim government; no role of the vocabulary fits, so 'official' with a title.")
BY_ID[p_yun].update(start="2024-08")
BY_ID[p_yun]["evidence"].append(ev("It was the first meeting between the head of Bangladesh's interim government and the Indian premier since the interim government took office in August last year."))
BY_ID[p_yun]["inferred"] = ["organisation", "start"]
BY_ID[p_yun]["inference"] = "relative-date"
pos("narendra-modi", "prime-minister", "india", "Prime Minister of India", "Indian Prime Minister Narendra Modi")
pos("sheikh-hasina", "prime-minister", "bangladesh", "Prime Minister of Bangladesh", "former prime minister Sheikh Hasina",
    inferred=["organisation"], inference="context", note="A former prime minister.")
pos("shafiqul-alam", "official", "bangladesh", "Press Secretary to the Chief Adviser of Bangladesh", "Press Secretary Shafiqul Alam",
    inferred=["organisation"], inference="context")
pos("paetongtarn-shinawatra", "prime-minister", "thailand", "Prime Minister of Thailand", "Thai Prime Minister Paetongtarn Shinawatra")
p_oli = pos("k-p-sharma-oli", "prime-minister", "nepal", "Prime Minister of Nepal", "Nepal's Prime Minister K.P. Sharma Oli")
pos("anura-kumara-dissanayake", "president", "sri-lanka", "President of Sri Lanka", "Sri Lankan President Anura Kumara Dissanayake")
pos("tshering-tobgay", "prime-minister", "bhutan", "Prime Minister of Bhutan", "Bhutanese Prime Minister Tshering Tobgay")
pos("min-aung-hlaing", "official", "myanmar", "Head of the military government of Myanmar",
    "the head of Myanmar's military government, Senior General Min Aung Hlaing")
pos("touhid-hossain", "official", "bangladesh", "Foreign Adviser of the Interim Government of Bangladesh", "Foreign Adviser Md Touhid Hossain",
    inferred=["organisation"], inference="context", note="The adviser in charge of foreign affairs; 'official' with the title as written.")
pos("khalilur-rahman", "official", "bangladesh", "National Security Adviser of Bangladesh", "National Security Adviser Khalilur Rahman",
    inferred=["organisation"], inference="context")
p_jai = pos("subrahmanyam-jaishankar", "minister", "india", "Minister of External Affairs of India",
            "Indian External Affairs Minister S. Jaishankar")
p_modi_ = "position-narendra-modi-prime-minister"
fact("meeting-2025-04-04-muhammad-yunus-narendra-modi", "meeting",
     [ev("Chief Adviser Professor Muhammad Yunus held a bilateral meeting with Indian Prime Minister Narendra Modi on the sidelines of the 6th BIMSTEC Summit at the Shangri-La Hotel in Bangkok this morning."),
      ev("Indian External Affairs Minister S. Jaishankar was also present at the meeting.")],
     participants=["muhammad-yunus", "narendra-modi", "subrahmanyam-jaishankar"], capacity=[p_yun, p_modi_, p_jai], host="thailand",
     location="bangkok", date="2025-04-04", inferred=["date", "host"], **REL, note="'This morning' of 4 April 2025.")
fact("meeting-2025-04-04-muhammad-yunus-k-p-sharma-oli", "meeting",
     ev("Later in the day, Yunus also met Oli and discussed the export of Nepalese hydropower to Bangladesh through Indian territory."),
     participants=["muhammad-yunus", "k-p-sharma-oli"], capacity=[p_yun, p_oli], host="thailand", location="bangkok",
     date="2025-04-04", inferred=["date", "host", "location"], **REL)
leaders = ["muhammad-yunus", "narendra-modi", "paetongtarn-shinawatra", "k-p-sharma-oli", "anura-kumara-dissanayake",
           "tshering-tobgay", "min-aung-hlaing"]
fact("summit-2025-04-04-bimstec-bangkok", "summit",
     [ev("on the sidelines of the 6th BIMSTEC Summit at the Shangri-La Hotel in Bangkok this morning"),
      ev("The summit, hosted by Thai Prime Minister Paetongtarn Shinawatra, was attended by the leaders of all seven member states, including Nepal's Prime Minister K.P. Sharma Oli, Sri Lankan President Anura Kumara Dissanayake, Bhutanese Prime Minister Tshering Tobgay and the head of Myanmar's military government, Senior General Min Aung Hlaing.")],
     name="6th BIMSTEC Summit", organiser="bimstec", host="thailand", location="bangkok", date="2025-04-04", participants=leaders,
     inferred=["date", "host"], **REL)
members7 = ["bangladesh", "india", "thailand", "nepal", "sri-lanka", "bhutan", "myanmar"]
fact("signing-2025-04-04-bimstec-maritime-transport-agreement", "signing",
     ev(TEXT[G.doc][TEXT[G.doc].find("The summit, hosted by Thai"):TEXT[G.doc].find(" At the end of the summit, Bangladesh")]),
     instrument="bimstec-agreement-on-maritime-transport-cooperation", parties=members7, signatories=leaders, location="bangkok",
     date="2025-04-04", inferred=["parties", "signatories", "date", "location"], inference="context",
     note="Signed by the leaders of the seven member states at the summit.")
bd = "BIMSTEC (the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation) was established on 6 June 1997 through the Bangkok Declaration, signed by Bangladesh, India, Sri Lanka and Thailand."
fact("signing-1997-06-06-bangkok-declaration", "signing", ev(bd), instrument="bangkok-declaration-1997",
     parties=["bangladesh", "india", "sri-lanka", "thailand"], date="1997-06-06")
for c in ("bangladesh", "india", "sri-lanka", "thailand"):
    member(c, "bimstec", bd, start="1997-06-06", note="A founding member.")
member("myanmar", "bimstec", "Myanmar joined in December 1997", start="1997-12", inferred=["organisation"], inference="context")
for c in ("nepal", "bhutan"):
    member(c, "bimstec", "Nepal and Bhutan became members in 2004", start="2004", inferred=["organisation"], inference="context")
fact("visit-2025-04-03-muhammad-yunus-thailand", "visit",
     ev("The Chief Adviser arrived in Bangkok on Thursday to attend the summit"),
     visitor=["muhammad-yunus"], capacity=[p_yun], visitor_country="bangladesh", host="thailand", destination="bangkok",
     start="2025-04-03", inferred=["start", "host", "visitor_country"], **REL,
     note="Thursday 3 April 2025; the return 'tomorrow' is announced, not reported, so no end. The passage names the visitor by title only (no label within a short span).")

# ---------- 14 AP: CELAC summit in Kingstown
G.doc = "14_ap_celac_kingstown"
pos("ralph-gonsalves", "prime-minister", "saint-vincent-and-the-grenadines", "Prime Minister of Saint Vincent and the Grenadines",
    "The meeting was hosted by Prime Minister Ralph Gonsalves", inferred=["organisation"], inference="context")
pos("ralph-gonsalves", "chair", "community-of-latin-american-and-caribbean-states", "President pro tempore of CELAC",
    "Prime Minister Ralph Gonsalves, who has held the group's rotating presidency for the past year", end="2024-03-01",
    inferred=["end"], inference="context", note="Handed over to Xiomara Castro at the close of the summit of 1 March 2024.")
pos("xiomara-castro", "president", "honduras", "President of Honduras", "Honduran President Xiomara Castro")
pos("xiomara-castro", "chair", "community-of-latin-american-and-caribbean-states", "President pro tempore of CELAC",
    "At the close of the summit, Honduran President Xiomara Castro took over the presidency pro tempore.", start="2024-03-01",
    inferred=["start"], **REL)
pos("luiz-inacio-lula-da-silva", "president", "brazil", "President of Brazil", "Brazilian President Luiz Inácio Lula da Silva")
BY_ID[p_lula].update(start="2023-01")
BY_ID[p_lula]["evidence"].append(ev("rejoined the bloc in January 2023, days after Lula took office"))
BY_ID[p_lula].update(inferred=["start"], inference="context", note="Took office in January 2023 (document 14).")
pos("gustavo-petro", "president", "colombia", "President of Colombia", "Colombian President Gustavo Petro")
pos("miguel-diaz-canel", "president", "cuba", "President of Cuba", "Cuban President Miguel Díaz-Canel")
pos("javier-milei", "president", "argentina", "President of Argentina", "Argentine President Javier Milei")
p_ali = pos("irfaan-ali", "president", "guyana", "President of Guyana", "Guyanese President Irfaan Ali")
pos("jair-bolsonaro", "president", "brazil", "President of Brazil", "former President Jair Bolsonaro",
    inferred=["organisation"], inference="context", note="A former president.")
p_mad = pos("nicolas-maduro", "president", "venezuela", "President of Venezuela", "Venezuelan President Nicolás Maduro")
pos("yvan-gil", "minister", "venezuela", "Minister of Foreign Affairs of Venezuela", "Foreign Minister Yván Gil",
    inferred=["organisation"], inference="context")
fact("summit-2024-03-01-celac-kingstown", "summit",
     [ev("Leaders and envoys from Latin America and the Caribbean gathered Friday in the tiny island nation of St. Vincent and the Grenadines for the eighth summit of the Community of Latin American and Caribbean States, known as CELAC."),
      ev("The meeting was hosted by Prime Minister Ralph Gonsalves"),
      ev("At the close of the summit, Honduran President Xiomara Castro took over the presidency pro tempore."),
      ev("Among those attending were Brazilian President Luiz Inácio Lula da Silva, Colombian President Gustavo Petro and Cuban President Miguel Díaz-Canel."),
      ev("was represented by Foreign Minister Yván Gil")],
     name="8th CELAC Summit", organiser="community-of-latin-american-and-caribbean-states", host="saint-vincent-and-the-grenadines",
     location="kingstown", date="2024-03-01",
     participants=["ralph-gonsalves", "xiomara-castro", "luiz-inacio-lula-da-silva", "gustavo-petro", "miguel-diaz-canel", "yvan-gil"],
     inferred=["date", "location"], **REL, note="Friday 1 March 2024 (the report's date); Kingstown from the dateline.")
fact("visit-2024-02-29-luiz-inacio-lula-da-silva-saint-vincent-and-the-grenadines", "visit",
     ev("Lula, who arrived in Kingstown on Thursday"),
     visitor=["luiz-inacio-lula-da-silva"], capacity=[p_lula], visitor_country="brazil", host="saint-vincent-and-the-grenadines",
     destination="kingstown", start="2024-02-29", inferred=["start", "host", "visitor_country"], **REL, note="Thursday 29 February 2024.")
fact("meeting-2024-03-01-luiz-inacio-lula-da-silva-irfaan-ali", "meeting",
     ev("Lula, who arrived in Kingstown on Thursday, held a bilateral meeting with Guyanese President Irfaan Ali on the sidelines of the summit."),
     participants=["luiz-inacio-lula-da-silva", "irfaan-ali"], capacity=[p_lula, p_ali], host="saint-vincent-and-the-grenadines",
     location="kingstown", date="2024-03-01", inferred=["date", "host"], inference="context")
geo = "Lula, who arrived in Kingstown on Thursday, held a bilateral meeting with Guyanese President Irfaan Ali on the sidelines of the summit. He came from Georgetown, where on Wednesday he addressed a summit of the Caribbean Community (CARICOM) as a special guest."
fact("visit-2024-02-luiz-inacio-lula-da-silva-guyana", "visit", ev(geo), visitor=["luiz-inacio-lula-da-silva"], capacity=[p_lula],
     visitor_country="brazil", host="guyana", destination="georgetown", start="2024-02",
     inferred=["start", "host", "visitor_country"], **REL,
     note="In Georgetown on Wednesday 28 February 2024; the arrival day is not given, so the month only.")
fact("summit-2024-02-28-caricom-georgetown", "summit", ev(geo[geo.find("He came from"):]), name="CARICOM summit in Georgetown (February 2024)",
     organiser="caribbean-community", host="guyana", location="georgetown", date="2024-02-28",
     participants=["luiz-inacio-lula-da-silva"], inferred=["date", "host"], **REL,
     note="Lula addressed it on Wednesday 28 February 2024; the summit's other days are not given.")
member("brazil", "community-of-latin-american-and-caribbean-states", "Brazil left CELAC in January 2020", end="2020-01",
       suffix="-to-2020", note="Left in January 2020; the start is not given.")
member("brazil", "community-of-latin-american-and-caribbean-states",
       "Brazil left CELAC in January 2020 under former President Jair Bolsonaro and rejoined the bloc in January 2023",
       start="2023-01", suffix="-2023")
fact("meeting-2023-12-irfaan-ali-nicolas-maduro", "meeting", ev("Gonsalves, who brokered a meeting between Ali and Maduro in December"),
     participants=["irfaan-ali", "nicolas-maduro"], capacity=[p_ali, p_mad], date="2023-12", inferred=["date"], **REL,
     note="December 2023; place not given.")

# ---------- 15 Irish DFA: Embassy in Rabat
G.doc = "15_dfa_ireland_embassy_rabat"
p_tan = pos("micheal-martin", "official", "ireland", "Tánaiste (Deputy Prime Minister) of Ireland",
            "The Tánaiste and Minister for Foreign Affairs, Micheál Martin TD", inferred=["organisation"], inference="context")
p_mar = pos("micheal-martin", "minister", "ireland", "Minister for Foreign Affairs of Ireland",
            "The Tánaiste and Minister for Foreign Affairs, Micheál Martin TD", inferred=["organisation"], inference="context")
fact("embassy-opening-2024-03-04-embassy-of-ireland-in-morocco", "embassy-opening",
     ev("today officially opened Ireland's new Embassy in Rabat, Morocco"), embassy="embassy-of-ireland-in-morocco", date="2024-03-04",
     inferred=["date"], **REL, note="'Today' of the release of 4 March 2024; announced in 2021.")
pos("nuala-obrien", "ambassador", "ireland", "Ambassador of Ireland to Morocco",
    "The Embassy is led by Ambassador Nuala O'Brien, the first resident Ambassador of Ireland to the Kingdom of Morocco, who presented her credentials to His Majesty King Mohammed VI in October.",
    accredited_to="morocco", start="2023-10", inferred=["start"], **REL, note="Credentials presented in October 2023.")
pos("mohammed-vi", "official", "morocco", "King of Morocco", "His Majesty King Mohammed VI", inferred=["organisation"], inference="context",
    note="A monarch: 'official' with a title.")
p_bou = pos("nasser-bourita", "minister", "morocco", "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates of Morocco",
            "the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita",
            inferred=["organisation"], inference="context")
fact("visit-2024-03-micheal-martin-morocco", "visit",
     ev("Micheál Martin TD, today officially opened Ireland's new Embassy in Rabat, Morocco, during a two-day visit to the country"),
     visitor=["micheal-martin"], capacity=[p_mar], visitor_country="ireland", host="morocco", destination="rabat", start="2024-03",
     inferred=["start", "visitor_country"], **REL,
     note="A two-day visit that includes Monday 4 March 2024 (the day of the release); whether it began on the 3rd or the 4th is not said, so the month only.")
fact("meeting-2024-03-04-micheal-martin-nasser-bourita", "meeting",
     ev("In Rabat, the Tánaiste was received by the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita."),
     participants=["micheal-martin", "nasser-bourita"], capacity=[p_mar, p_bou], host="morocco", location="rabat", date="2024-03-04",
     inferred=["date"], **REL, note="During the visit, on the day of the release.")
fact("signing-2024-03-04-ireland-morocco-mou-political-consultations", "signing",
     ev("In Rabat, the Tánaiste was received by the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita. The two Ministers signed a Memorandum of Understanding on political consultations between the two foreign ministries"),
     instrument="ireland-morocco-mou-political-consultations-2024", parties=["ireland", "morocco"],
     signatories=["micheal-martin", "nasser-bourita"], location="rabat", date="2024-03-04",
     inferred=["parties", "signatories", "location", "date"], inference="context")
fact("relations-1965-ireland-morocco", "relations-established", ev("Ireland and Morocco established diplomatic relations in 1965."),
     parties=["ireland", "morocco"], date="1965")
fact("mission-embassy-of-ireland-in-morocco", "mission",
     ev("today officially opened Ireland's new Embassy in Rabat, Morocco"),
     embassy="embassy-of-ireland-in-morocco", note="Opened on the day of the release (and led by a resident ambassador).")
fact("mission-embassy-of-morocco-in-ireland", "mission", ev("Morocco has had an Embassy in Dublin since 2013."),
     embassy="embassy-of-morocco-in-ireland", start="2013", note="In existence since 2013 (recorded as a status, not an opening).")
fact("trade-2023-ireland-morocco", "trade-turnover",
     ev("Trade in goods and services between Ireland and Morocco was worth €520 million in 2023."),
     parties=["ireland", "morocco"], year="2023", amount=520e6, currency="EUR")
pos("sean-fleming", "state-minister", "ireland", "Minister of State for International Development and the Diaspora of Ireland",
    "Minister of State for International Development and the Diaspora, Seán Fleming TD", inferred=["organisation"], inference="context")
pos("mohamed-ould-cheikh-el-ghazouani", "president", "mauritania", "President of Mauritania",
    "President Mohamed Ould Cheikh El Ghazouani")


# ---------------------------------------------------------------- write
hdr = "# Held-out evaluation set 3 (texts: ../texts). Format: graph/sources/README.md.\n# Offsets computed with build_gold.py (str.find on the texts).\n\n"
G.write(hdr, PUBLISHED_NOTES, (1200, 3300))
