"""Build the gold (curated-sources format) for the held-out set tests/heldout2.

Evidence offsets are computed with str.find on the document texts; every anchor must occur exactly once
(or an occurrence index is given). Run: python tests/heldout2/build_gold.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the helpers both builders share
from goldbuild import Gold  # noqa: E402

ROOT = Path(__file__).resolve().parent

DOCS = [
    ("01_xinhua_xi_ruto", "Xi Jinping holds talks with Kenyan President Ruto", "news", "2023-10-17"),
    ("02_tass_putin_vietnam", "Putin, To Lam hold talks in Hanoi, sign joint statement", "news", "2024-06-20"),
    ("03_ap_macron_central_africa", "Macron ends Central Africa tour in Congo amid tensions over Rwanda", "news", "2023-03-04"),
    ("04_wiki_foreign_relations_indonesia", "Foreign relations of Indonesia (multilateral relations)", "encyclopedia", "2025"),
    ("05_wiki_peru_south_korea_relations", "Peru–South Korea relations", "encyclopedia", "2025"),
    ("06_anadolu_sco_astana", "Belarus becomes 10th full member of Shanghai Cooperation Organisation", "news", "2024-07-04"),
    ("07_council_eu_chile", "EU and Chile sign Advanced Framework Agreement and Interim Trade Agreement", "press-release", "2023-12-13"),
    ("08_gulfnews_credentials", "UAE President receives credentials of six new ambassadors", "news", "2024-03-05"),
    ("09_anadolu_turkiye_malaysia_trade", "Türkiye, Malaysia set $10 billion bilateral trade target", "news", "2025-02-10"),
    ("10_aap_falepili_union", "Australia and Tuvalu sign landmark Falepili Union treaty", "news", "2023-11-10"),
    ("11_afp_mexico_ecuador_row", "Mexico breaks ties with Ecuador after police storm embassy", "news", "2024-04-06"),
    ("12_kyodo_kishida_tour_plans", "Kishida to visit France, Brazil, Paraguay in early May", "news", "2024-04-23"),
]
PUBLISHED_NOTES = {
    "04_wiki_foreign_relations_indonesia": "Estimated from the newest dated item (BRICS membership from 6 January 2025).",
    "05_wiki_peru_south_korea_relations": "Estimated from the newest dated item (visit of November 2024).",
    "09_anadolu_turkiye_malaysia_trade": "The Monday of the talks during Erdogan's February 2025 Asian tour.",
    "11_afp_mexico_ecuador_row": "Dateline 6 April 2024.",
}

G = Gold(ROOT, DOCS)
TEXT = G.text

# ---------------------------------------------------------------- entities
ENT = G.entities
country, org, person, city, instrument, mission, body = (G.country, G.org, G.person, G.city, G.instrument, G.mission, G.body)

# countries
country("china", "China", "CHN", "Chinese", ["People's Republic of China"])
country("kenya", "Kenya", "KEN", "Kenyan")
country("russia", "Russia", "RUS", "Russian", ["Russian Federation"])
country("vietnam", "Vietnam", "VNM", "Vietnamese", ["Viet Nam", "Socialist Republic of Viet Nam"])
country("north-korea", "North Korea", "PRK", "North Korean", ["DPRK", "Democratic People's Republic of Korea"])
country("france", "France", "FRA", "French")
country("democratic-republic-of-the-congo", "Democratic Republic of the Congo", "COD", "Congolese", ["Congo", "DR Congo"])
country("republic-of-the-congo", "Republic of the Congo", "COG", "Congolese", ["Republic of Congo", "Congo-Brazzaville"])
country("gabon", "Gabon", "GAB", "Gabonese")
country("angola", "Angola", "AGO", "Angolan")
country("indonesia", "Indonesia", "IDN", "Indonesian")
country("yugoslavia", "Yugoslavia", "YUG", "Yugoslav")
country("serbia", "Serbia", "SRB", "Serbian")
country("peru", "Peru", "PER", "Peruvian", ["Republic of Peru", "Perú"])
country("south-korea", "South Korea", "KOR", "South Korean", ["Republic of Korea", "Korea"])
country("kazakhstan", "Kazakhstan", "KAZ", "Kazakh")
country("belarus", "Belarus", "BLR", "Belarusian")
country("pakistan", "Pakistan", "PAK", "Pakistani")
country("uzbekistan", "Uzbekistan", "UZB", "Uzbek")
country("kyrgyzstan", "Kyrgyzstan", "KGZ", "Kyrgyz", ["Kyrgyz Republic"])
country("tajikistan", "Tajikistan", "TJK", "Tajik")
country("iran", "Iran", "IRN", "Iranian")
country("india", "India", "IND", "Indian")
country("turkey", "Turkey", "TUR", "Turkish", ["Türkiye"])
country("mongolia", "Mongolia", "MNG", "Mongolian")
country("afghanistan", "Afghanistan", "AFG", "Afghan")
country("chile", "Chile", "CHL", "Chilean", ["Republic of Chile"])
country("spain", "Spain", "ESP", "Spanish")
country("belgium", "Belgium", "BEL", "Belgian")
country("united-arab-emirates", "United Arab Emirates", "ARE", "Emirati", ["UAE"])
country("colombia", "Colombia", "COL", "Colombian", ["Republic of Colombia"])
country("norway", "Norway", "NOR", "Norwegian", ["Kingdom of Norway"])
country("south-africa", "South Africa", "ZAF", "South African", ["Republic of South Africa"])
country("sierra-leone", "Sierra Leone", "SLE", "Sierra Leonean")
country("egypt", "Egypt", "EGY", "Egyptian")
country("japan", "Japan", "JPN", "Japanese")
country("malaysia", "Malaysia", "MYS", "Malaysian")
country("australia", "Australia", "AUS", "Australian")
country("tuvalu", "Tuvalu", "TUV", "Tuvaluan")
country("taiwan", "Taiwan", "TWN", "Taiwanese")
country("cook-islands", "Cook Islands", "COK", "Cook Islander")
country("new-zealand", "New Zealand", "NZL", "New Zealander")
country("mexico", "Mexico", "MEX", "Mexican")
country("ecuador", "Ecuador", "ECU", "Ecuadorian")
country("paraguay", "Paraguay", "PRY", "Paraguayan")
country("brazil", "Brazil", "BRA", "Brazilian")

# organisations
org("united-nations", "United Nations", ["UN"])
org("association-of-southeast-asian-nations", "Association of Southeast Asian Nations", ["ASEAN"])
org("non-aligned-movement", "Non-Aligned Movement", ["NAM"])
org("organization-of-the-petroleum-exporting-countries", "Organization of the Petroleum Exporting Countries", ["OPEC"])
org("organisation-of-islamic-cooperation", "Organisation of Islamic Cooperation", ["OIC"])
org("asia-pacific-economic-cooperation", "Asia-Pacific Economic Cooperation", ["APEC"])
org("group-of-twenty", "Group of Twenty", ["G20", "Group of 20"])
org("developing-8-organization-for-economic-cooperation", "Developing-8 Organization for Economic Cooperation", ["D-8"])
org("brics", "BRICS")
org("pacific-alliance", "Pacific Alliance")
org("melanesian-spearhead-group", "Melanesian Spearhead Group", ["MSG"])
org("forum-for-east-asia-latin-america-cooperation", "Forum for East Asia–Latin America Cooperation", ["FEALAC"])
org("shanghai-cooperation-organisation", "Shanghai Cooperation Organisation", ["SCO", "Shanghai Cooperation Organization"])
org("european-union", "European Union", ["EU"])
org("community-of-latin-american-and-caribbean-states", "Community of Latin American and Caribbean States", ["CELAC"])
org("pacific-islands-forum", "Pacific Islands Forum", ["PIF"])
org("organization-of-american-states", "Organization of American States", ["OAS"])
org("group-of-seven", "Group of Seven", ["G7"])

# cities
city("beijing", "Beijing", "china")
city("pyongyang", "Pyongyang", "north-korea")
city("hanoi", "Hanoi", "vietnam")
city("da-nang", "Da Nang", "vietnam")
city("kinshasa", "Kinshasa", "democratic-republic-of-the-congo")
city("brazzaville", "Brazzaville", "republic-of-the-congo")
city("libreville", "Libreville", "gabon")
city("luanda", "Luanda", "angola")
city("belgrade", "Belgrade", "serbia")
city("seoul", "Seoul", "south-korea")
city("busan", "Busan", "south-korea")
city("lima", "Lima", "peru")
city("astana", "Astana", "kazakhstan")
city("brussels", "Brussels", "belgium")
city("santiago", "Santiago", "chile", ["Santiago de Chile"])
city("abu-dhabi", "Abu Dhabi", "united-arab-emirates")
city("kuala-lumpur", "Kuala Lumpur", "malaysia")
city("ankara", "Ankara", "turkey")
city("rarotonga", "Rarotonga", "cook-islands")
city("quito", "Quito", "ecuador")
city("hiroshima", "Hiroshima", "japan")
city("rio-de-janeiro", "Rio de Janeiro", "brazil")
city("tokyo", "Tokyo", "japan")

# bodies, missions, instruments
body("national-peoples-congress", "parliament", "National People's Congress", "china", ["NPC"])
body("national-assembly-of-vietnam", "parliament", "National Assembly of Vietnam", "vietnam", ["National Assembly"])
mission("embassy-of-peru-in-south-korea", "peru", "south-korea", "seoul", "Embassy of Peru in Seoul")
mission("embassy-of-south-korea-in-peru", "south-korea", "peru", "lima", "Embassy of South Korea in Lima")
mission("embassy-of-mexico-in-ecuador", "mexico", "ecuador", "quito", "Embassy of Mexico in Quito", ["Mexican embassy"])
mission("delegation-of-the-european-union-to-chile", "european-union", "chile", "santiago",
        "Delegation of the European Union to Chile", kind="representation-office")
instrument("agreement-on-economic-and-technical-cooperation-china-kenya-2023",
           "Agreement on Economic and Technical Cooperation between China and Kenya")
instrument("treaty-on-comprehensive-strategic-partnership-russia-north-korea",
           "Treaty on Comprehensive Strategic Partnership between Russia and North Korea")
instrument("russia-vietnam-joint-statement-2024",
           "Russia–Vietnam joint statement on further deepening the comprehensive strategic partnership", kind="declaration")
instrument("france-angola-agricultural-partnership-agreement-2023",
           "France–Angola partnership agreement on the development of Angola's agricultural sector")
instrument("korea-peru-free-trade-agreement", "Korea–Peru Free Trade Agreement")
instrument("eu-chile-advanced-framework-agreement", "EU–Chile Advanced Framework Agreement", alt=["AFA", "Advanced Framework Agreement"])
instrument("eu-chile-interim-trade-agreement", "EU–Chile Interim Trade Agreement", alt=["ITA", "Interim Trade Agreement"])
instrument("eu-chile-association-agreement", "EU–Chile Association Agreement", alt=["EU-Chile Association Agreement"])
instrument("malaysia-turkey-free-trade-agreement", "Malaysia–Türkiye Free Trade Agreement", alt=["Malaysia-Türkiye Free Trade Agreement"])
instrument("malaysia-turkey-mou-defence-industry-cooperation-2025",
           "Malaysia–Türkiye memorandum of understanding on defence industry cooperation")
instrument("falepili-union", "Australia–Tuvalu Falepili Union", alt=["Falepili Union", "Australia-Tuvalu Falepili Union"])

# persons
person("xi-jinping", "Xi Jinping", "china", ["Xi"])
person("william-ruto", "William Ruto", "kenya", ["Ruto"])
person("wang-wentao", "Wang Wentao", "china")
person("musalia-mudavadi", "Musalia Mudavadi", "kenya")
person("wang-yi", "Wang Yi", "china")
person("li-qiang", "Li Qiang", "china")
person("zhao-leji", "Zhao Leji", "china")
person("vladimir-putin", "Vladimir Putin", "russia", ["Putin"])
person("to-lam", "To Lam", "vietnam", ["Tô Lâm"])
person("kim-jong-un", "Kim Jong Un", "north-korea")
person("yury-ushakov", "Yury Ushakov", "russia", ["Ushakov"])
person("nguyen-phu-trong", "Nguyen Phu Trong", "vietnam")
person("pham-minh-chinh", "Pham Minh Chinh", "vietnam")
person("tran-thanh-man", "Tran Thanh Man", "vietnam")
person("sergey-lavrov", "Sergey Lavrov", "russia")
person("denis-manturov", "Denis Manturov", "russia")
person("andrey-belousov", "Andrey Belousov", "russia")
person("emmanuel-macron", "Emmanuel Macron", "france", ["Macron"])
person("felix-tshisekedi", "Félix Tshisekedi", "democratic-republic-of-the-congo", ["Felix Tshisekedi", "Tshisekedi"])
person("denis-sassou-nguesso", "Denis Sassou Nguesso", "republic-of-the-congo")
person("ali-bongo-ondimba", "Ali Bongo Ondimba", "gabon")
person("joao-lourenco", "João Lourenço", "angola", ["Joao Lourenco"])
person("sukarno", "Sukarno", "indonesia")
person("kim-jong-hoon", "Kim Jong-hoon", "south-korea")
person("eduardo-ferreyros", "Eduardo Ferreyros", "peru")
person("alejandro-toledo", "Alejandro Toledo", "peru")
person("ollanta-humala", "Ollanta Humala", "peru")
person("lee-myung-bak", "Lee Myung-bak", "south-korea")
person("park-geun-hye", "Park Geun-hye", "south-korea")
person("yoon-suk-yeol", "Yoon Suk Yeol", "south-korea")
person("kassym-jomart-tokayev", "Kassym-Jomart Tokayev", "kazakhstan", ["Tokayev"])
person("aleksandr-lukashenko", "Aleksandr Lukashenko", "belarus", ["Alexander Lukashenko"])
person("shehbaz-sharif", "Shehbaz Sharif", "pakistan")
person("shavkat-mirziyoyev", "Shavkat Mirziyoyev", "uzbekistan")
person("sadyr-japarov", "Sadyr Japarov", "kyrgyzstan")
person("emomali-rahmon", "Emomali Rahmon", "tajikistan")
person("mohammad-mokhber", "Mohammad Mokhber", "iran")
person("subrahmanyam-jaishankar", "Subrahmanyam Jaishankar", "india", ["S. Jaishankar", "Jaishankar"])
person("narendra-modi", "Narendra Modi", "india")
person("recep-tayyip-erdogan", "Recep Tayyip Erdogan", "turkey", ["Erdogan", "Erdoğan"])
person("ukhnaa-khurelsukh", "Ukhnaa Khurelsukh", "mongolia")
person("josep-borrell", "Josep Borrell", "spain")
person("alberto-van-klaveren", "Alberto van Klaveren", "chile")
person("jose-manuel-albares-bueno", "José Manuel Albares Bueno", "spain", ["Jose Manuel Albares", "José Manuel Albares"])
person("mohamed-bin-zayed-al-nahyan", "Mohamed bin Zayed Al Nahyan", "united-arab-emirates",
       ["Sheikh Mohamed bin Zayed", "Sheikh Mohamed", "MBZ"])
person("carlos-eduardo-urrutia", "Carlos Eduardo Urrutia", "colombia", ["Urrutia"])
person("ingrid-kvalheim", "Ingrid Kvalheim", "norway")
person("tumelo-mokoena", "Tumelo Mokoena", "south-africa")
person("nguyen-thanh-diep", "Nguyen Thanh Diep", "vietnam")
person("amara-sesay", "Amara Sesay", "sierra-leone")
person("gulnara-abdrakhmanova", "Gulnara Abdrakhmanova", "kyrgyzstan")
person("mansour-bin-zayed-al-nahyan", "Mansour bin Zayed Al Nahyan", "united-arab-emirates")
person("abdullah-bin-zayed-al-nahyan", "Abdullah bin Zayed Al Nahyan", "united-arab-emirates", ["Sheikh Abdullah"])
person("luis-gilberto-murillo", "Luis Gilberto Murillo", "colombia")
person("saeed-rashid-al-hajeri", "Saeed Rashid Al Hajeri", "united-arab-emirates")
person("hessa-abdullah-al-otaiba", "Hessa Abdullah Al Otaiba", "united-arab-emirates")
person("anwar-ibrahim", "Anwar Ibrahim", "malaysia", ["Anwar"])
person("anthony-albanese", "Anthony Albanese", "australia", ["Albanese"])
person("kausea-natano", "Kausea Natano", "tuvalu", ["Natano"])
person("mark-brown", "Mark Brown", "cook-islands")
person("nanaia-mahuta", "Nanaia Mahuta", "new-zealand")
person("andres-manuel-lopez-obrador", "Andrés Manuel López Obrador", "mexico", ["López Obrador", "Lopez Obrador"])
person("alicia-barcena", "Alicia Bárcena", "mexico")
person("raquel-serur-smeke", "Raquel Serur Smeke", "mexico", ["Serur"])
person("jorge-glas", "Jorge Glas", "ecuador", ["Glas"])
person("daniel-noboa", "Daniel Noboa", "ecuador")
person("gabriela-sommerfeld", "Gabriela Sommerfeld", "ecuador")
person("gustavo-petro", "Gustavo Petro", "colombia")
person("fumio-kishida", "Fumio Kishida", "japan", ["Kishida"])
person("luiz-inacio-lula-da-silva", "Luiz Inácio Lula da Silva", "brazil", ["Luiz Inacio Lula da Silva", "Lula"])
person("santiago-pena", "Santiago Peña", "paraguay", ["Santiago Pena", "Pena", "Peña"])
person("shinzo-abe", "Shinzo Abe", "japan")
person("yoshimasa-hayashi", "Yoshimasa Hayashi", "japan")
person("yoko-kamikawa", "Yoko Kamikawa", "japan", ["Kamikawa"])
person("ruben-ramirez-lezcano", "Rubén Ramírez Lezcano", "paraguay", ["Ruben Ramirez Lezcano"])
ENT.append({"id": "valdis-dombrovskis", "type": "person", "label": "Valdis Dombrovskis"})  # nationality not needed

# ---------------------------------------------------------------- facts
FACTS, BY_ID = G.facts, G.by_id
ev, fact, pos, member = G.ev, G.fact, G.pos, G.member


# ---------- 01 Xinhua: Xi - Ruto
G.doc = "01_xinhua_xi_ruto"
p_xi = pos("xi-jinping", "president", "china", "President of China", "Chinese President Xi Jinping", occ=0)
p_ruto = pos("william-ruto", "president", "kenya", "President of Kenya", "Kenyan President William Ruto", occ=0)
fact("visit-2023-10-15-william-ruto-china", "visit",
     [ev("Kenyan President William Ruto, who is on a state visit to China"), ev("Ruto arrived in Beijing on Sunday.")],
     visitor=["william-ruto"], capacity=[p_ruto], visitor_country="kenya", host="china", destination="beijing",
     start="2023-10-15", kind="state", inferred=["start"], inference="relative-date",
     note="Arrival on the Sunday before the talks of Tuesday 17 October 2023; the visit was still under way at publication.")
fact("meeting-2023-10-17-xi-jinping-william-ruto", "meeting",
     ev("Chinese President Xi Jinping held talks with Kenyan President William Ruto, who is on a state visit to China, at the Great Hall of the People in Beijing on Tuesday."),
     participants=["xi-jinping", "william-ruto"], capacity=[p_xi, p_ruto], host="china", location="beijing",
     date="2023-10-17", inferred=["date"], inference="relative-date", note="Tuesday of the dateline, 17 October 2023.")
fact("relations-1963-12-14-china-kenya", "relations-established",
     ev("China-Kenya diplomatic ties, which were established on Dec. 14, 1963"), parties=["china", "kenya"], date="1963-12-14")
fact("trade-2022-china-kenya", "trade-turnover", ev("China-Kenya trade reached 8.5 billion U.S. dollars in 2022"),
     parties=["china", "kenya"], year="2022", amount=8.5e9, currency="USD")
p_wang = pos("wang-wentao", "minister", "china", "Minister of Commerce of China", "Chinese Commerce Minister Wang Wentao")
p_mud = pos("musalia-mudavadi", "minister", "kenya", "Cabinet Secretary for Foreign and Diaspora Affairs of Kenya",
            "Musalia Mudavadi, Kenya's Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs")
pos("musalia-mudavadi", "official", "kenya", "Prime Cabinet Secretary of Kenya", "Musalia Mudavadi, Kenya's Prime Cabinet Secretary")
fact("signing-2023-10-17-china-kenya-economic-technical-cooperation", "signing",
     ev("The Agreement on Economic and Technical Cooperation between China and Kenya was signed by Chinese Commerce Minister Wang Wentao and Musalia Mudavadi"),
     instrument="agreement-on-economic-and-technical-cooperation-china-kenya-2023", parties=["china", "kenya"],
     signatories=["wang-wentao", "musalia-mudavadi"], location="beijing", date="2023-10-17",
     inferred=["date", "location"], inference="context", note="Signed after the talks in Beijing on Tuesday 17 October 2023.")
pos("wang-yi", "official", "china", "Director of the Office of the Central Commission for Foreign Affairs",
    "Wang Yi, director of the Office of the Central Commission for Foreign Affairs")
pos("li-qiang", "prime-minister", "china", "Premier of China", "Premier Li Qiang", inferred=["organisation"], inference="context")
pos("zhao-leji", "chair", "national-peoples-congress", "Chairman of the National People's Congress Standing Committee",
    "Zhao Leji, chairman of the National People's Congress Standing Committee")

# ---------- 02 TASS: Putin in Vietnam
G.doc = "02_tass_putin_vietnam"
p_putin = pos("vladimir-putin", "president", "russia", "President of Russia", "Russian President Vladimir Putin")
p_tolam = pos("to-lam", "president", "vietnam", "President of Vietnam", "Vietnamese President To Lam")
fact("meeting-2024-06-20-vladimir-putin-to-lam", "meeting",
     ev("Russian President Vladimir Putin and Vietnamese President To Lam held talks in Hanoi on Thursday"),
     participants=["vladimir-putin", "to-lam"], capacity=[p_putin, p_tolam], host="vietnam", location="hanoi",
     date="2024-06-20", inferred=["date"], inference="relative-date", note="Thursday of the dateline, 20 June 2024.")
fact("visit-2024-06-19-vladimir-putin-vietnam", "visit",
     ev("The Russian leader arrived in Vietnam late on Wednesday on a two-day state visit."),
     visitor=["vladimir-putin"], capacity=[p_putin], visitor_country="russia", host="vietnam",
     start="2024-06-19", end="2024-06-20", kind="state", inferred=["start", "end"], inference="relative-date",
     note="Wednesday 19 June 2024; the end follows from 'two-day'.")
fact("visit-2024-06-18-vladimir-putin-north-korea", "visit",
     ev("He came from Pyongyang, where he had paid a state visit on June 18-19."),
     visitor=["vladimir-putin"], capacity=[p_putin], visitor_country="russia", host="north-korea", destination="pyongyang",
     start="2024-06-18", end="2024-06-19", kind="state", inferred=["host", "start", "end"], inference="relative-date",
     note="Year from the report; the host country follows from Pyongyang (and the DPRK named in the next sentence).")
p_kim = pos("kim-jong-un", "chair", "north-korea", "Chairman of State Affairs of the DPRK",
            "Chairman of State Affairs of the DPRK Kim Jong Un")
fact("signing-2024-06-19-russia-north-korea-treaty", "signing",
     ev("On June 19 in Pyongyang, Putin and Chairman of State Affairs of the DPRK Kim Jong Un signed the Treaty on Comprehensive Strategic Partnership between Russia and North Korea."),
     instrument="treaty-on-comprehensive-strategic-partnership-russia-north-korea", parties=["russia", "north-korea"],
     signatories=["vladimir-putin", "kim-jong-un"], location="pyongyang", date="2024-06-19",
     inferred=["date"], inference="relative-date")
fact("signing-2024-06-20-russia-vietnam-joint-statement", "signing",
     ev("Following the talks in Hanoi, the two presidents signed a joint statement on further deepening the comprehensive strategic partnership."),
     instrument="russia-vietnam-joint-statement-2024", parties=["russia", "vietnam"],
     signatories=["vladimir-putin", "to-lam"], location="hanoi", date="2024-06-20",
     inferred=["date", "parties", "signatories"], inference="context")
pos("yury-ushakov", "official", "russia", "Aide to the President of Russia", "Kremlin aide Yury Ushakov")
p_trong = pos("nguyen-phu-trong", "official", "vietnam", "General Secretary of the Communist Party of Vietnam Central Committee",
              "General Secretary of the Communist Party of Vietnam Central Committee Nguyen Phu Trong")
p_chinh = pos("pham-minh-chinh", "prime-minister", "vietnam", "Prime Minister of Vietnam", "Prime Minister Pham Minh Chinh",
              inferred=["organisation"], inference="context")
p_man = pos("tran-thanh-man", "speaker", "national-assembly-of-vietnam", "Chairman of the National Assembly of Vietnam",
            "Chairman of the National Assembly Tran Thanh Man")
sent = "On the same day, Putin also met with General Secretary of the Communist Party of Vietnam Central Committee Nguyen Phu Trong, Prime Minister Pham Minh Chinh and Chairman of the National Assembly Tran Thanh Man."
for other, cap in (("nguyen-phu-trong", p_trong), ("pham-minh-chinh", p_chinh), ("tran-thanh-man", p_man)):
    fact(f"meeting-2024-06-20-vladimir-putin-{other}", "meeting", ev(sent), participants=["vladimir-putin", other],
         capacity=[p_putin, cap], host="vietnam", location="hanoi", date="2024-06-20", inferred=["date", "host", "location"],
         inference="context", note="'The same day' as the talks of Thursday 20 June 2024 in Hanoi; separate meetings.")
fact("relations-1950-01-30-russia-vietnam", "relations-established",
     ev("Russia and Vietnam established diplomatic relations on January 30, 1950"), parties=["russia", "vietnam"], date="1950-01-30",
     note="The text names Russia (the relations were established by the Soviet Union).")
fact("trade-2023-russia-vietnam", "trade-turnover",
     [ev("\"Russia and Vietnam established diplomatic relations on January 30, 1950,\" Putin recalled in his press statement. According to him, bilateral trade turnover rose by 8% last year to $3.6 billion.")],
     parties=["russia", "vietnam"], year="2023", amount=3.6e9, currency="USD", inferred=["year", "parties"], inference="relative-date",
     note="'Last year' of the 2024 report; the parties come from the preceding sentence.")
pos("sergey-lavrov", "minister", "russia", "Minister of Foreign Affairs of Russia", "Russian Foreign Minister Sergey Lavrov")
pos("denis-manturov", "official", "russia", "First Deputy Prime Minister of Russia", "First Deputy Prime Minister Denis Manturov",
    inferred=["organisation"], inference="context")
pos("andrey-belousov", "minister", "russia", "Minister of Defence of Russia", "Defense Minister Andrey Belousov",
    inferred=["organisation"], inference="context")
fact("visit-2017-11-vladimir-putin-vietnam", "visit",
     ev("Putin last visited Vietnam in November 2017, when he attended the APEC summit in Da Nang."),
     visitor=["vladimir-putin"], visitor_country="russia", host="vietnam", destination="da-nang", start="2017-11")
fact("summit-2017-11-apec-da-nang", "summit",
     ev("Putin last visited Vietnam in November 2017, when he attended the APEC summit in Da Nang."),
     name="APEC summit in Da Nang (2017)", organiser="asia-pacific-economic-cooperation", host="vietnam", location="da-nang",
     date="2017-11", participants=["vladimir-putin"])

# ---------- 03 AP: Macron in Central Africa
G.doc = "03_ap_macron_central_africa"
p_mac = pos("emmanuel-macron", "president", "france", "President of France", "French President Emmanuel Macron", occ=0)
p_tsh = pos("felix-tshisekedi", "president", "democratic-republic-of-the-congo", "President of the Democratic Republic of the Congo",
            "in Congo, where he held talks with President Félix Tshisekedi")
p_sas = pos("denis-sassou-nguesso", "president", "republic-of-the-congo", "President of the Republic of the Congo",
            "Republic of Congo, where he had met President Denis Sassou Nguesso")
p_bon = pos("ali-bongo-ondimba", "president", "gabon", "President of Gabon",
            "Gabon, where Macron attended the One Forest Summit in Libreville and met with President Ali Bongo Ondimba")
p_lou = pos("joao-lourenco", "president", "angola", "President of Angola", "Angolan President João Lourenço")
fact("visit-2023-03-01-emmanuel-macron-gabon", "visit", ev("The trip began Wednesday in Gabon, where Macron attended the One Forest Summit in Libreville"),
     visitor=["emmanuel-macron"], capacity=[p_mac], visitor_country="france", host="gabon", destination="libreville",
     start="2023-03-01", inferred=["start"], inference="relative-date", note="Wednesday before Saturday 4 March 2023.")
fact("meeting-2023-03-01-emmanuel-macron-ali-bongo-ondimba", "meeting",
     ev("The trip began Wednesday in Gabon, where Macron attended the One Forest Summit in Libreville and met with President Ali Bongo Ondimba."),
     participants=["emmanuel-macron", "ali-bongo-ondimba"], capacity=[p_mac, p_bon], host="gabon", location="libreville",
     date="2023-03-01", inferred=["date"], inference="relative-date")
fact("visit-2023-03-02-emmanuel-macron-angola", "visit", ev("On Thursday he flew to Luanda."),
     visitor=["emmanuel-macron"], capacity=[p_mac], visitor_country="france", host="angola", destination="luanda",
     start="2023-03-02", inferred=["start", "host"], inference="relative-date", note="Thursday 2 March 2023; Angola from the next sentence.")
fact("signing-2023-03-02-france-angola-agriculture", "signing",
     ev("There, he and Angolan President João Lourenço signed a partnership agreement on the development of Angola's agricultural sector."),
     instrument="france-angola-agricultural-partnership-agreement-2023", parties=["france", "angola"],
     signatories=["emmanuel-macron", "joao-lourenco"], location="luanda", date="2023-03-02",
     inferred=["date", "location"], inference="relative-date", note="In Luanda on the Thursday (2 March 2023).")
fact("visit-2023-03-03-emmanuel-macron-republic-of-the-congo", "visit",
     ev("Macron arrived in Kinshasa late Friday from Brazzaville, the capital of neighboring Republic of Congo, where he had met President Denis Sassou Nguesso earlier in the day."),
     visitor=["emmanuel-macron"], capacity=[p_mac], visitor_country="france", host="republic-of-the-congo", destination="brazzaville",
     start="2023-03-03", inferred=["start"], inference="relative-date")
fact("meeting-2023-03-03-emmanuel-macron-denis-sassou-nguesso", "meeting",
     ev("Macron arrived in Kinshasa late Friday from Brazzaville, the capital of neighboring Republic of Congo, where he had met President Denis Sassou Nguesso earlier in the day."),
     participants=["emmanuel-macron", "denis-sassou-nguesso"], capacity=[p_mac, p_sas], host="republic-of-the-congo",
     location="brazzaville", date="2023-03-03", inferred=["date"], inference="relative-date")
fact("visit-2023-03-03-emmanuel-macron-democratic-republic-of-the-congo", "visit",
     [ev("French President Emmanuel Macron wrapped up a four-nation tour of Central Africa on Saturday in Congo"),
      ev("Macron arrived in Kinshasa late Friday")],
     visitor=["emmanuel-macron"], capacity=[p_mac], visitor_country="france", host="democratic-republic-of-the-congo",
     destination="kinshasa", start="2023-03-03", end="2023-03-04", inferred=["start", "end"], inference="relative-date",
     note="Friday 3 to Saturday 4 March 2023.")
fact("meeting-2023-03-04-emmanuel-macron-felix-tshisekedi", "meeting",
     ev("French President Emmanuel Macron wrapped up a four-nation tour of Central Africa on Saturday in Congo, where he held talks with President Félix Tshisekedi"),
     participants=["emmanuel-macron", "felix-tshisekedi"], capacity=[p_mac, p_tsh], host="democratic-republic-of-the-congo",
     location="kinshasa", date="2023-03-04", inferred=["date", "location"], inference="relative-date",
     note="Saturday 4 March 2023 (the caption's date); Kinshasa from the dateline.")

# ---------- 04 Wikipedia: Foreign relations of Indonesia
G.doc = "04_wiki_foreign_relations_indonesia"
member("indonesia", "united-nations", "Indonesia was admitted to the United Nations on 28 September 1950", start="1950-09-28",
       end="1965-01", suffix="-1950", note="Withdrawn in January 1965.")
fact("membership-indonesia-united-nations-1966", "membership",
     ev("Indonesia resumed full participation on 28 September 1966"), member="indonesia", organisation="united-nations",
     role="member", start="1966-09-28", inferred=["organisation"], inference="context")
member("indonesia", "association-of-southeast-asian-nations",
       "Indonesia is a founding member of the Association of Southeast Asian Nations (ASEAN), established in Bangkok on 8 August 1967",
       start="1967-08-08")
member("indonesia", "non-aligned-movement",
       "It was also one of the founders of the Non-Aligned Movement, whose first summit was held in Belgrade in 1961.",
       start="1961", inferred=["start"], inference="context", note="Founder; the year is that of the first summit.")
fact("summit-1961-non-aligned-movement-belgrade", "summit",
     ev("Non-Aligned Movement, whose first summit was held in Belgrade in 1961"),
     name="First Summit of the Non-Aligned Movement", organiser="non-aligned-movement", host="yugoslavia", location="belgrade",
     date="1961", inferred=["host"], inference="external-knowledge")
member("indonesia", "organization-of-the-petroleum-exporting-countries",
       "Indonesia joined the Organization of the Petroleum Exporting Countries (OPEC) in 1962. It suspended its membership in January 2009",
       start="1962", end="2009-01", suffix="-1962")
fact("membership-indonesia-organization-of-the-petroleum-exporting-countries-2016", "membership",
     ev("Indonesia joined the Organization of the Petroleum Exporting Countries (OPEC) in 1962. It suspended its membership in January 2009 after becoming a net oil importer, rejoined in January 2016, and suspended it again in November 2016."), member="indonesia",
     organisation="organization-of-the-petroleum-exporting-countries", role="member", start="2016-01", end="2016-11",
     inferred=["member", "organisation"], inference="context")
member("indonesia", "organisation-of-islamic-cooperation", "the Organisation of Islamic Cooperation (OIC), since 1969", start="1969",
       inferred=["member"], inference="context")
member("indonesia", "asia-pacific-economic-cooperation", "Asia-Pacific Economic Cooperation (APEC), as a founding economy in 1989",
       start="1989", inferred=["member"], inference="context")
member("indonesia", "group-of-twenty", "the G20, since its creation in 1999", start="1999", inferred=["member"], inference="context")
member("indonesia", "developing-8-organization-for-economic-cooperation",
       "the Developing-8 Organization for Economic Cooperation (D-8), since 1997", start="1997", inferred=["member"], inference="context")
member("indonesia", "brics", "BRICS, as a full member since 6 January 2025", start="2025-01-06", inferred=["member"], inference="context")
member("indonesia", "pacific-alliance", "Indonesia is an observer of the Pacific Alliance.", role="observer")
member("indonesia", "melanesian-spearhead-group", "It was an observer in the Melanesian Spearhead Group from 2011 until 2015",
       role="observer", start="2011", end="2015", inferred=["member"], inference="context",
       note="Associate member since 2015, which is neither member nor observer.")
pos("sukarno", "president", "indonesia", "President of Indonesia", "President Sukarno withdrew the country from the UN",
    inferred=["organisation"], inference="context")

# ---------- 05 Wikipedia: Peru–South Korea relations
G.doc = "05_wiki_peru_south_korea_relations"
fact("relations-1963-04-01-peru-south-korea", "relations-established",
     ev("Peru–South Korea relations are the bilateral relations between the Republic of Peru and the Republic of Korea. Diplomatic relations were established on 1 April 1963."),
     parties=["peru", "south-korea"], date="1963-04-01")
both = "Both nations are members of Asia-Pacific Economic Cooperation (APEC), the Forum for East Asia–Latin America Cooperation (FEALAC) and the United Nations."
for c in ("peru", "south-korea"):
    for o in ("asia-pacific-economic-cooperation", "forum-for-east-asia-latin-america-cooperation", "united-nations"):
        fact(f"membership-{c}-{o}", "membership", ev(both), member=c, organisation=o, role="member",
             inferred=["member"], inference="context")
fact("partnership-2012-peru-south-korea", "partnership",
     ev("In 2012 Peru and South Korea raised their ties to a strategic partnership."), parties=["peru", "south-korea"],
     level="strategic", start="2012")
p_kjh = pos("kim-jong-hoon", "minister", "south-korea", "Trade Minister of South Korea", "South Korean Trade Minister Kim Jong-hoon")
p_fer = pos("eduardo-ferreyros", "minister", "peru", "Minister of Foreign Trade and Tourism of Peru",
            "Peruvian Minister of Foreign Trade and Tourism Eduardo Ferreyros")
fact("signing-2011-03-21-korea-peru-free-trade-agreement", "signing",
     ev("The Korea–Peru Free Trade Agreement was signed in Seoul on 21 March 2011 by South Korean Trade Minister Kim Jong-hoon and Peruvian Minister of Foreign Trade and Tourism Eduardo Ferreyros"),
     instrument="korea-peru-free-trade-agreement", parties=["south-korea", "peru"], signatories=["kim-jong-hoon", "eduardo-ferreyros"],
     location="seoul", date="2011-03-21")
visits5 = [
    ("alejandro-toledo", "peru", "south-korea", "2005: President Alejandro Toledo (APEC summit, Busan)", "2005", None, "busan", None),
    ("ollanta-humala", "peru", "south-korea", "2012: President Ollanta Humala (state visit)", "2012", None, None, "state"),
    ("lee-myung-bak", "south-korea", "peru", "November 2008: President Lee Myung-bak (APEC summit, Lima)", "2008-11", None, "lima", None),
    ("park-geun-hye", "south-korea", "peru", "April 2015: President Park Geun-hye", "2015-04", None, None, None),
    ("yoon-suk-yeol", "south-korea", "peru", "14–16 November 2024: President Yoon Suk Yeol (APEC summit, Lima)", "2024-11-14", "2024-11-16", "lima", None),
]
for who, frm, to, anchor, start, end, dest, kind in visits5:
    label = {"peru": "Peru", "south-korea": "South Korea"}[frm]
    cap = pos(who, "president", frm, f"President of {label}", anchor, inferred=["organisation"], inference="bilateral-list")
    fact(f"visit-{start}-{who}-{to}", "visit", ev(anchor), visitor=[who], capacity=[cap], visitor_country=frm, host=to,
         destination=dest, start=start, end=end, kind=kind, inferred=["visitor_country", "host"], inference="bilateral-list")
    if dest:
        fact(f"summit-{start[:4]}-apec-{dest}", "summit", ev(anchor), name=f"APEC summit in {dest.capitalize()} ({start[:4]})",
             organiser="asia-pacific-economic-cooperation", host=to, location=dest, date=start[:7] if len(start) > 4 else start,
             participants=[who], inferred=["host"], inference="bilateral-list",
             note="Dated by the visit made to attend it." if len(start) > 4 else None)
fact("trade-2023-peru-south-korea", "trade-turnover", ev("In 2023, trade between Peru and South Korea amounted to US$3.1 billion."),
     parties=["peru", "south-korea"], year="2023", amount=3.1e9, currency="USD")
fact("mission-embassy-of-peru-in-south-korea", "mission", ev("Peru has an embassy in Seoul."), embassy="embassy-of-peru-in-south-korea")
fact("mission-embassy-of-south-korea-in-peru", "mission", ev("South Korea has an embassy in Lima."), embassy="embassy-of-south-korea-in-peru")

# ---------- 06 Anadolu: SCO Astana
G.doc = "06_anadolu_sco_astana"
fact("membership-belarus-shanghai-cooperation-organisation", "membership",
     ev("Belarus on Thursday formally became the 10th full member of the Shanghai Cooperation Organisation (SCO)"),
     member="belarus", organisation="shanghai-cooperation-organisation", role="member", start="2024-07-04",
     inferred=["start"], inference="relative-date", note="Thursday 4 July 2024.")
p_tok = pos("kassym-jomart-tokayev", "president", "kazakhstan", "President of Kazakhstan", "Kazakh President Kassym-Jomart Tokayev")
pos("xi-jinping", "president", "china", "President of China", "Chinese President Xi Jinping")
pos("vladimir-putin", "president", "russia", "President of Russia", "Russian President Vladimir Putin")
pos("aleksandr-lukashenko", "president", "belarus", "President of Belarus", "Belarusian President Aleksandr Lukashenko")
pos("shehbaz-sharif", "prime-minister", "pakistan", "Prime Minister of Pakistan", "Pakistani Prime Minister Shehbaz Sharif")
pos("shavkat-mirziyoyev", "president", "uzbekistan", "President of Uzbekistan", "Uzbek President Shavkat Mirziyoyev")
pos("sadyr-japarov", "president", "kyrgyzstan", "President of Kyrgyzstan", "Kyrgyz President Sadyr Japarov")
pos("emomali-rahmon", "president", "tajikistan", "President of Tajikistan", "Tajik President Emomali Rahmon")
pos("mohammad-mokhber", "president", "iran", "Acting President of Iran", "Iran's acting President Mohammad Mokhber")
pos("subrahmanyam-jaishankar", "minister", "india", "Minister of External Affairs of India",
    "India was represented by External Affairs Minister S. Jaishankar")
pos("narendra-modi", "prime-minister", "india", "Prime Minister of India", "as Prime Minister Narendra Modi",
    inferred=["organisation"], inference="context")
p_erd = pos("recep-tayyip-erdogan", "president", "turkey", "President of Turkey",
            "Türkiye, an SCO dialogue partner since 2013, was represented by President Recep Tayyip Erdogan")
pos("ukhnaa-khurelsukh", "president", "mongolia", "President of Mongolia",
    "Mongolia, which has held observer status since 2004, was represented by President Ukhnaa Khurelsukh")
fact("summit-2024-07-03-shanghai-cooperation-organisation-astana", "summit",
     [ev("at the bloc's summit in the Kazakh capital Astana"),
      ev("the 24th meeting of the SCO Council of Heads of State, hosted by Kazakh President Kassym-Jomart Tokayev on July 3-4"),
      ev("The summit was attended by Chinese President Xi Jinping, Russian President Vladimir Putin, Belarusian President Aleksandr Lukashenko, Pakistani Prime Minister Shehbaz Sharif, Uzbek President Shavkat Mirziyoyev, Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon and Iran's acting President Mohammad Mokhber."),
      ev("India was represented by External Affairs Minister S. Jaishankar"),
      ev("Türkiye, an SCO dialogue partner since 2013, was represented by President Recep Tayyip Erdogan"),
      ev("Mongolia, which has held observer status since 2004, was represented by President Ukhnaa Khurelsukh")],
     name="24th meeting of the SCO Council of Heads of State", organiser="shanghai-cooperation-organisation", host="kazakhstan",
     location="astana", start="2024-07-03", end="2024-07-04",
     participants=["kassym-jomart-tokayev", "xi-jinping", "vladimir-putin", "aleksandr-lukashenko", "shehbaz-sharif",
                   "shavkat-mirziyoyev", "sadyr-japarov", "emomali-rahmon", "mohammad-mokhber", "subrahmanyam-jaishankar",
                   "recep-tayyip-erdogan", "ukhnaa-khurelsukh"],
     inferred=["start", "end"], inference="relative-date", note="Year from the report. Modi did not attend.")
fact("membership-iran-shanghai-cooperation-organisation", "membership",
     ev("Iran joined the organization as a full member last year"), member="iran", organisation="shanghai-cooperation-organisation",
     role="member", start="2023", inferred=["start", "organisation"], inference="relative-date")
fact("summit-2023-shanghai-cooperation-organisation-india", "summit",
     ev("Iran joined the organization as a full member last year at a virtual summit chaired by India."),
     name="SCO summit (2023, virtual, chaired by India)", organiser="shanghai-cooperation-organisation", host="india",
     date="2023", online=True, inferred=["date", "organiser"], inference="relative-date")
sidel = "On the sidelines, Erdogan met Putin and Xi separately on Wednesday"
for other, cap in (("vladimir-putin", "position-vladimir-putin-president"), ("xi-jinping", p_xi)):
    fact(f"meeting-2024-07-03-recep-tayyip-erdogan-{other}", "meeting", ev(sidel),
         participants=["recep-tayyip-erdogan", other], capacity=[p_erd, cap], host="kazakhstan", location="astana",
         date="2024-07-03", inferred=["date", "host", "location"], inference="context",
         note="Wednesday 3 July 2024, on the sidelines of the Astana summit; two separate meetings.")
member("mongolia", "shanghai-cooperation-organisation", "Mongolia, which has held observer status since 2004", role="observer",
       start="2004", inferred=["organisation"], inference="context")
member("afghanistan", "shanghai-cooperation-organisation", "Afghanistan, also an observer", role="observer",
       inferred=["organisation"], inference="context")

# ---------- 07 Council of the EU: EU–Chile
G.doc = "07_council_eu_chile"
p_bor = pos("josep-borrell", "official", "european-union", "High Representative of the Union for Foreign Affairs and Security Policy",
            "Josep Borrell, High Representative of the Union for Foreign Affairs and Security Policy")
pos("valdis-dombrovskis", "official", "european-union", "Executive Vice-President of the European Commission",
    "Valdis Dombrovskis, Executive Vice-President of the European Commission")
pos("alberto-van-klaveren", "minister", "chile", "Minister of Foreign Affairs of Chile", "Chile by Alberto van Klaveren, Minister of Foreign Affairs")
pos("jose-manuel-albares-bueno", "minister", "spain", "Minister for Foreign Affairs, European Union and Cooperation of Spain",
    "José Manuel Albares Bueno, Spanish Minister for Foreign Affairs, European Union and Cooperation")
signers = ["josep-borrell", "valdis-dombrovskis", "alberto-van-klaveren", "jose-manuel-albares-bueno"]
for inst, short in (("eu-chile-advanced-framework-agreement", "afa"), ("eu-chile-interim-trade-agreement", "ita")):
    fact(f"signing-2023-12-13-{inst}", "signing",
         [ev("Today, the European Union and the Republic of Chile signed the Advanced Framework Agreement (AFA) and the Interim Trade Agreement (ITA) in Brussels."),
          ev("The agreements were signed on behalf of the EU by Josep Borrell, High Representative of the Union for Foreign Affairs and Security Policy, and Valdis Dombrovskis, Executive Vice-President of the European Commission, and on behalf of Chile by Alberto van Klaveren, Minister of Foreign Affairs. José Manuel Albares Bueno, Spanish Minister for Foreign Affairs, European Union and Cooperation, signed for the Council presidency.")],
         instrument=inst, parties=["european-union", "chile"], signatories=signers, location="brussels", date="2023-12-13",
         inferred=["date"], inference="relative-date", note="'Today' of the press release dated 13 December 2023.")
fact("signing-2002-11-18-eu-chile-association-agreement", "signing",
     ev("the EU-Chile Association Agreement, which was signed on 18 November 2002"), instrument="eu-chile-association-agreement",
     parties=["european-union", "chile"], date="2002-11-18")
fact("mission-delegation-of-the-european-union-to-chile", "mission",
     ev("The EU is represented in the country by the Delegation of the European Union to Chile in Santiago."),
     embassy="delegation-of-the-european-union-to-chile")
member("chile", "pacific-alliance", "Chile is a member of the Pacific Alliance")
member("chile", "community-of-latin-american-and-caribbean-states",
       "Chile is a member of the Pacific Alliance and of the Community of Latin American and Caribbean States (CELAC)")
fact("summit-2023-07-17-eu-celac-brussels", "summit",
     ev("The EU-CELAC summit, the first in eight years, took place in Brussels on 17-18 July 2023."),
     name="EU–CELAC summit (2023)", organiser="european-union", location="brussels", start="2023-07-17", end="2023-07-18",
     note="Held jointly with CELAC; the text names no host country.")

# ---------- 08 Gulf News: credentials in the UAE
G.doc = "08_gulfnews_credentials"
pos("mohamed-bin-zayed-al-nahyan", "president", "united-arab-emirates", "President of the UAE",
    "His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE")
amb = [
    ("carlos-eduardo-urrutia", "colombia", "H.E. Carlos Eduardo Urrutia, Ambassador of the Republic of Colombia"),
    ("ingrid-kvalheim", "norway", "H.E. Ms. Ingrid Kvalheim, Ambassador of the Kingdom of Norway"),
    ("tumelo-mokoena", "south-africa", "H.E. Tumelo Mokoena, Ambassador of the Republic of South Africa"),
    ("nguyen-thanh-diep", "vietnam", "H.E. Nguyen Thanh Diep, Ambassador of the Socialist Republic of Viet Nam"),
    ("amara-sesay", "sierra-leone", "H.E. Dr. Amara Sesay, Ambassador of Sierra Leone"),
    ("gulnara-abdrakhmanova", "kyrgyzstan", "H.E. Gulnara Abdrakhmanova, Ambassador of the Kyrgyz Republic"),
]
LBL = {e["id"]: e["label"] for e in ENT}
for who, frm, anchor in amb:
    pos(who, "ambassador", frm, f"Ambassador of {LBL[frm]} to the United Arab Emirates", anchor, accredited_to="united-arab-emirates",
        inferred=["accredited_to"], inference="context",
        note="Presented credentials to the UAE President on 5 March 2024.")
pos("carlos-eduardo-urrutia", "ambassador", "colombia", "Ambassador of Colombia to Egypt",
    "Urrutia previously served as Colombia's ambassador to Egypt.", accredited_to="egypt", note="A former post; its dates are not given.")
pos("mansour-bin-zayed-al-nahyan", "official", "united-arab-emirates", "Vice President and Chairman of the Presidential Court of the UAE",
    "Sheikh Mansour bin Zayed Al Nahyan, Vice President and Chairman of the Presidential Court", inferred=["organisation"], inference="context")
p_abz = pos("abdullah-bin-zayed-al-nahyan", "minister", "united-arab-emirates", "Minister of Foreign Affairs of the UAE",
            "Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs", inferred=["organisation"], inference="context")
p_mur = pos("luis-gilberto-murillo", "minister", "colombia", "Minister of Foreign Affairs of Colombia",
            "Colombian Foreign Minister Luis Gilberto Murillo")
fact("meeting-2024-03-abdullah-bin-zayed-al-nahyan-luis-gilberto-murillo", "meeting",
     ev("Earlier this month, Sheikh Abdullah received Colombian Foreign Minister Luis Gilberto Murillo in Abu Dhabi."),
     participants=["abdullah-bin-zayed-al-nahyan", "luis-gilberto-murillo"], capacity=[p_abz, p_mur], host="united-arab-emirates",
     location="abu-dhabi", date="2024-03", inferred=["date"], inference="relative-date", note="Between 1 and 5 March 2024.")
pos("saeed-rashid-al-hajeri", "ambassador", "united-arab-emirates", "Ambassador of the UAE to Japan",
    "Mr. Saeed Rashid Al Hajeri, the UAE's Ambassador to Japan", accredited_to="japan")
pos("hessa-abdullah-al-otaiba", "ambassador", "united-arab-emirates", "Ambassador of the UAE to Spain",
    "Ms. Hessa Abdullah Al Otaiba, Ambassador to Spain",
    accredited_to="spain", inferred=["organisation"], inference="context")

# ---------- 09 Anadolu: Türkiye–Malaysia trade
G.doc = "09_anadolu_turkiye_malaysia_trade"
pos("recep-tayyip-erdogan", "president", "turkey", "President of Turkey", "Turkish President Recep Tayyip Erdogan")
p_anw = pos("anwar-ibrahim", "prime-minister", "malaysia", "Prime Minister of Malaysia", "Malaysian Prime Minister Anwar Ibrahim")
fact("meeting-2025-02-10-recep-tayyip-erdogan-anwar-ibrahim", "meeting",
     ev("Turkish President Recep Tayyip Erdogan and Malaysian Prime Minister Anwar Ibrahim on Monday agreed to raise bilateral trade to $10 billion"),
     participants=["recep-tayyip-erdogan", "anwar-ibrahim"], capacity=[p_erd, p_anw], host="malaysia", location="kuala-lumpur",
     date="2025-02-10", inferred=["date", "host", "location"], inference="context",
     note="Monday 10 February 2025; Kuala Lumpur from the dateline.")
fact("visit-2025-02-09-recep-tayyip-erdogan-malaysia", "visit",
     [ev("as Erdogan paid an official visit to Malaysia"),
      ev("Erdogan, who arrived in Kuala Lumpur on Sunday at the start of a three-nation Asian tour")],
     visitor=["recep-tayyip-erdogan"], capacity=[p_erd], visitor_country="turkey", host="malaysia", destination="kuala-lumpur",
     start="2025-02-09", kind="official", inferred=["start"], inference="relative-date", note="Sunday 9 February 2025.")
p_erd_pm = pos("recep-tayyip-erdogan", "prime-minister", "turkey", "Prime Minister of Turkey",
               "Erdogan paid an official visit to Malaysia, his first since January 2014, when he came as prime minister", inferred=["organisation"], inference="context")
fact("visit-2014-01-recep-tayyip-erdogan-malaysia", "visit",
     ev("as Erdogan paid an official visit to Malaysia, his first since January 2014, when he came as prime minister"),
     visitor=["recep-tayyip-erdogan"], capacity=[p_erd_pm], visitor_country="turkey", host="malaysia", start="2014-01")
_t = "Trade between Türkiye and Malaysia reached $5.1 billion in 2024, up from $4.2 billion in 2023 and $3.6 billion in 2022"
for yr, amt, anchor in (("2024", 5.1e9, _t[:_t.index("2024") + 4]), ("2023", 4.2e9, _t[:_t.index("2023") + 4]), ("2022", 3.6e9, _t)):
    fact(f"trade-{yr}-malaysia-turkey-usd", "trade-turnover",
         ev(anchor),
         parties=["turkey", "malaysia"], year=yr, amount=amt, currency="USD",
         note="TurkStat figure.")
fact("trade-2024-malaysia-turkey-myr", "trade-turnover", ev("Malaysian figures put last year's trade at RM22.7 billion."),
     parties=["turkey", "malaysia"], year="2024", amount=22.7e9, currency="MYR", inferred=["year", "parties"], inference="relative-date",
     note="Malaysian figure for the same year as the TurkStat 5.1 billion dollars.")
fact("signing-2025-02-10-malaysia-turkey-mou-defence-industry", "signing",
     ev("The two leaders witnessed the exchange of 11 agreements and memoranda, including a Türkiye-Malaysia memorandum of understanding on defence industry cooperation."),
     instrument="malaysia-turkey-mou-defence-industry-cooperation-2025", parties=["turkey", "malaysia"], location="kuala-lumpur",
     date="2025-02-10", inferred=["date", "location"], inference="context",
     note="Exchanged after the talks of Monday 10 February 2025; signatories not named.")
fact("signing-2014-04-17-malaysia-turkey-free-trade-agreement", "signing",
     ev("The Malaysia-Türkiye Free Trade Agreement was signed on 17 April 2014"), instrument="malaysia-turkey-free-trade-agreement",
     parties=["malaysia", "turkey"], date="2014-04-17")
fact("visit-2024-08-anwar-ibrahim-turkey", "visit",
     ev("Anwar last traveled to Türkiye in August 2024, when he was received by Erdogan in Ankara."),
     visitor=["anwar-ibrahim"], capacity=[p_anw], visitor_country="malaysia", host="turkey", destination="ankara", start="2024-08")
fact("meeting-2024-08-anwar-ibrahim-recep-tayyip-erdogan", "meeting",
     ev("Anwar last traveled to Türkiye in August 2024, when he was received by Erdogan in Ankara."),
     participants=["anwar-ibrahim", "recep-tayyip-erdogan"], capacity=[p_anw, p_erd], host="turkey", location="ankara", date="2024-08")
fact("trade-2024-china-malaysia", "trade-turnover",
     ev("China remains Malaysia's largest trading partner, with trade amounting to RM484.1 billion in 2024."),
     parties=["china", "malaysia"], year="2024", amount=484.1e9, currency="MYR")
fact("trade-2024-indonesia-turkey", "trade-turnover", ev("Türkiye's trade with Indonesia stood at $2.9 billion last year"),
     parties=["turkey", "indonesia"], year="2024", amount=2.9e9, currency="USD", inferred=["year"], inference="relative-date")

# ---------- 10 AAP: Falepili Union
G.doc = "10_aap_falepili_union"
p_alb = pos("anthony-albanese", "prime-minister", "australia", "Prime Minister of Australia",
            "Prime Minister Anthony Albanese",
            inferred=["organisation"], inference="context")
p_nat = pos("kausea-natano", "prime-minister", "tuvalu", "Prime Minister of Tuvalu", "his Tuvaluan counterpart Kausea Natano")
fact("signing-2023-11-09-falepili-union", "signing",
     [ev("The Australia-Tuvalu Falepili Union was signed by the two leaders in Rarotonga on Thursday, 9 November 2023."),
      ev("a treaty signed by Prime Minister Anthony Albanese and his Tuvaluan counterpart Kausea Natano")],
     instrument="falepili-union", parties=["australia", "tuvalu"], signatories=["anthony-albanese", "kausea-natano"],
     location="rarotonga", date="2023-11-09")
fact("relations-1979-taiwan-tuvalu", "relations-established",
     ev("Tuvalu is one of only a dozen countries that recognise Taiwan; the two established diplomatic relations in 1979."),
     parties=["tuvalu", "taiwan"], date="1979")
p_brown = pos("mark-brown", "prime-minister", "cook-islands", "Prime Minister of the Cook Islands",
              "Cook Islands Prime Minister Mark Brown")
pos("mark-brown", "chair", "pacific-islands-forum", "Chair of the Pacific Islands Forum",
    "Mark Brown, who is chair of the forum",
    inferred=["organisation"], inference="context")
pos("nanaia-mahuta", "minister", "new-zealand", "Minister of Foreign Affairs of New Zealand",
    "New Zealand, whose incoming government had not yet been sworn in, was represented by Foreign Minister Nanaia Mahuta",
    inferred=["organisation"], inference="context")
fact("summit-2023-11-06-pacific-islands-forum-rarotonga", "summit",
     [ev("The 52nd Pacific Islands Forum Leaders Meeting was held in Rarotonga from 6-10 November, hosted by Cook Islands Prime Minister Mark Brown"),
      ev("on the sidelines of the Pacific Islands Forum"),
      ev("New Zealand, whose incoming government had not yet been sworn in, was represented by Foreign Minister Nanaia Mahuta")],
     name="52nd Pacific Islands Forum Leaders Meeting", organiser="pacific-islands-forum", host="cook-islands", location="rarotonga",
     start="2023-11-06", end="2023-11-10", participants=["mark-brown", "anthony-albanese", "kausea-natano", "nanaia-mahuta"],
     inferred=["start", "end"], inference="relative-date", note="Year from the report.")
member("australia", "pacific-islands-forum", "Australia and Tuvalu are both members of the 18-member bloc.",
       inferred=["organisation"], inference="context")
member("tuvalu", "pacific-islands-forum", "Australia and Tuvalu are both members of the 18-member bloc.",
       inferred=["organisation"], inference="context")
fact("visit-2023-11-08-anthony-albanese-cook-islands", "visit", ev("Mr Albanese arrived in Rarotonga on Wednesday"),
     visitor=["anthony-albanese"], capacity=[p_alb], visitor_country="australia", host="cook-islands", destination="rarotonga",
     start="2023-11-08", inferred=["start", "host"], inference="relative-date", note="Wednesday 8 November 2023.")
fact("visit-2023-11-04-anthony-albanese-china", "visit",
     ev("after a 4-7 November visit to China, where he met President Xi Jinping in Beijing on 6 November"),
     visitor=["anthony-albanese"], capacity=[p_alb], visitor_country="australia", host="china", destination="beijing", start="2023-11-04", end="2023-11-07",
     inferred=["start", "end"], inference="relative-date", note="Year from the report.")
pos("xi-jinping", "president", "china", "President of China", "President Xi Jinping")
fact("meeting-2023-11-06-anthony-albanese-xi-jinping", "meeting",
     ev("Mr Albanese arrived in Rarotonga on Wednesday after a 4-7 November visit to China, where he met President Xi Jinping in Beijing on 6 November"),
     participants=["anthony-albanese", "xi-jinping"], capacity=[p_alb, p_xi], host="china", location="beijing", date="2023-11-06",
     inferred=["date"], inference="relative-date")

# ---------- 11 AFP: Mexico–Ecuador row
G.doc = "11_afp_mexico_ecuador_row"
fact("mission-embassy-of-mexico-in-ecuador", "mission",
     ev("after Ecuadorian police forced their way into its embassy in Quito"), embassy="embassy-of-mexico-in-ecuador",
     inferred=["embassy"], inference="context", note="'its' refers to Mexico, named earlier in the sentence.")
pos("andres-manuel-lopez-obrador", "president", "mexico", "President of Mexico", "President Andrés Manuel López Obrador",
    inferred=["organisation"], inference="context")
pos("alicia-barcena", "minister", "mexico", "Minister of Foreign Affairs of Mexico", "Foreign Minister Alicia Bárcena",
    inferred=["organisation"], inference="context")
pos("raquel-serur-smeke", "ambassador", "mexico", "Ambassador of Mexico to Ecuador",
    "Mexico's ambassador in Quito, Raquel Serur Smeke", accredited_to="ecuador",
    note="Declared persona non grata on 4 April 2024; the end of the post is not stated.")
pos("jorge-glas", "official", "ecuador", "Vice President of Ecuador", "former vice president Jorge Glas",
    inferred=["organisation"], inference="context", note="A former post.")
pos("daniel-noboa", "president", "ecuador", "President of Ecuador", "Ecuador's government, led by President Daniel Noboa")
pos("gabriela-sommerfeld", "minister", "ecuador", "Minister of Foreign Affairs of Ecuador", "Foreign Minister Gabriela Sommerfeld",
    inferred=["organisation"], inference="context")
pos("gustavo-petro", "president", "colombia", "President of Colombia", "Colombian President Gustavo Petro")
fact("relations-1837-ecuador-mexico", "relations-established", ev("Mexico and Ecuador established diplomatic relations in 1837"),
     parties=["mexico", "ecuador"], date="1837")
oas = "both were among the founding members of the Organization of American States (OAS) in 1948"
for c in ("mexico", "ecuador"):
    fact(f"membership-{c}-organization-of-american-states", "membership",
         ev("Mexico and Ecuador established diplomatic relations in 1837, and " + oas), member=c,
         organisation="organization-of-american-states", role="member", start="1948")

# ---------- 12 Kyodo: Kishida plans
G.doc = "12_kyodo_kishida_tour_plans"
p_kis = pos("fumio-kishida", "prime-minister", "japan", "Prime Minister of Japan", "Prime Minister Fumio Kishida",
            inferred=["organisation"], inference="context")
pos("emmanuel-macron", "president", "france", "President of France", "President Emmanuel Macron",
    inferred=["organisation"], inference="context")
p_lula = pos("luiz-inacio-lula-da-silva", "president", "brazil", "President of Brazil",
             "He will then travel to Brazil, where he is expected to meet President Luiz Inacio Lula da Silva")
pos("santiago-pena", "president", "paraguay", "President of Paraguay", "Paraguayan President Santiago Pena")
BY_ID["position-santiago-pena-president"].update(start="2023-08")
BY_ID["position-santiago-pena-president"]["evidence"].append(ev("Pena, who took office in August last year"))
BY_ID["position-santiago-pena-president"].update(inferred=["start"], inference="relative-date")
p_abe = pos("shinzo-abe", "prime-minister", "japan", "Prime Minister of Japan",
            "the first visit to Paraguay by a Japanese prime minister since Shinzo Abe went there in December 2018")
fact("visit-2018-12-shinzo-abe-paraguay", "visit",
     ev("the first visit to Paraguay by a Japanese prime minister since Shinzo Abe went there in December 2018"),
     visitor=["shinzo-abe"], capacity=[p_abe], visitor_country="japan", host="paraguay", start="2018-12")
pos("yoshimasa-hayashi", "official", "japan", "Chief Cabinet Secretary of Japan", "Chief Cabinet Secretary Yoshimasa Hayashi",
    inferred=["organisation"], inference="context")
g7 = "Lula visited Japan to attend the Group of Seven summit in Hiroshima on May 19-21, 2023, and held talks with Kishida on the sidelines."
fact("visit-2023-05-luiz-inacio-lula-da-silva-japan", "visit", ev(g7), visitor=["luiz-inacio-lula-da-silva"], visitor_country="brazil",
     host="japan", destination="hiroshima", start="2023-05-19", end="2023-05-21", inferred=["start", "end"], inference="context",
     note="Dated by the summit he attended.")
fact("summit-2023-05-19-group-of-seven-hiroshima", "summit", ev(g7), name="Group of Seven summit in Hiroshima (2023)",
     organiser="group-of-seven", host="japan", location="hiroshima", start="2023-05-19", end="2023-05-21",
     participants=["luiz-inacio-lula-da-silva"])
fact("meeting-2023-05-luiz-inacio-lula-da-silva-fumio-kishida", "meeting", ev(g7),
     participants=["luiz-inacio-lula-da-silva", "fumio-kishida"], capacity=[p_kis], host="japan", location="hiroshima",
     start="2023-05-19", end="2023-05-21", note="On the sidelines of the summit; the day is not given.")
fact("relations-1919-japan-paraguay", "relations-established", ev("Japan and Paraguay established diplomatic relations in 1919"),
     parties=["japan", "paraguay"], date="1919")
p_kam = pos("yoko-kamikawa", "minister", "japan", "Minister of Foreign Affairs of Japan", "Foreign Minister Yoko Kamikawa",
            inferred=["organisation"], inference="context")
kam = "Foreign Minister Yoko Kamikawa visited Brazil in February for a meeting of Group of 20 foreign ministers in Rio de Janeiro"
fact("visit-2024-02-yoko-kamikawa-brazil", "visit", ev(kam), visitor=["yoko-kamikawa"], capacity=[p_kam], visitor_country="japan",
     host="brazil", destination="rio-de-janeiro", start="2024-02", inferred=["start", "visitor_country"], inference="relative-date",
     note="February of the 2024 report.")
fact("summit-2024-02-group-of-twenty-foreign-ministers-rio-de-janeiro", "summit", ev(kam),
     name="G20 foreign ministers' meeting in Rio de Janeiro (2024)", organiser="group-of-twenty", host="brazil",
     location="rio-de-janeiro", date="2024-02", participants=["yoko-kamikawa"], inferred=["date"], inference="relative-date")
p_ram = pos("ruben-ramirez-lezcano", "minister", "paraguay", "Minister of Foreign Affairs of Paraguay",
            "Paraguayan Foreign Minister Ruben Ramirez Lezcano")
fact("meeting-2024-04-16-yoko-kamikawa-ruben-ramirez-lezcano", "meeting",
     ev("Foreign Minister Yoko Kamikawa visited Brazil in February for a meeting of Group of 20 foreign ministers in Rio de Janeiro, and met Paraguayan Foreign Minister Ruben Ramirez Lezcano in Tokyo last Tuesday."),
     participants=["yoko-kamikawa", "ruben-ramirez-lezcano"], capacity=[p_kam, p_ram], host="japan", location="tokyo",
     date="2024-04-16", inferred=["date"], inference="relative-date", note="The Tuesday before Tuesday 23 April 2024.")
fact("trade-2023-brazil-japan", "trade-turnover", ev("Trade between Japan and Brazil amounted to about $11 billion in 2023."),
     parties=["japan", "brazil"], year="2023", amount=11e9, currency="USD", approximate=True)


# ---------------------------------------------------------------- write
hdr = "# Held-out evaluation set 2 (texts: ../texts). Format: graph/sources/README.md.\n# Offsets computed with build_gold.py (str.find on the texts).\n\n"
G.write(hdr, PUBLISHED_NOTES, (1200, 2200))
