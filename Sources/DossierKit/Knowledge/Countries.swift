#if DOSSIER_LEGACY_TABLES // being migrated to Knowledge/curated; removed with this change
extension Knowledge {
    /// Countries and territories: name | aliases | demonyms | capital.
    /// One per line; fields separated by " | ", list items by "; ". General knowledge, not tied to any story.
    /// The 193 UN member states plus Taiwan, Kosovo, Palestine, Vatican City, Hong Kong, Macau, Greenland,
    /// Puerto Rico and Western Sahara, by common English short name. The capital is the seat of government
    /// as news uses it; empty where there is none.
    static let countriesTable = #"""
    Afghanistan | Islamic Republic of Afghanistan | Afghan; Afghans | Kabul
    Albania |  | Albanian; Albanians | Tirana
    Algeria |  | Algerian; Algerians | Algiers
    Andorra |  | Andorran; Andorrans | Andorra la Vella
    Angola |  | Angolan; Angolans | Luanda
    Antigua and Barbuda | Antigua | Antiguan; Antiguans | Saint John's
    Argentina | Argentine Republic | Argentine; Argentines; Argentinian; Argentinians | Buenos Aires
    Armenia |  | Armenian; Armenians | Yerevan
    Australia | Commonwealth of Australia | Australian; Australians | Canberra
    Austria |  | Austrian; Austrians | Vienna
    Azerbaijan |  | Azerbaijani; Azerbaijanis; Azeri; Azeris | Baku
    Bahamas | The Bahamas | Bahamian; Bahamians | Nassau
    Bahrain |  | Bahraini; Bahrainis | Manama
    Bangladesh |  | Bangladeshi; Bangladeshis | Dhaka
    Barbados |  | Barbadian; Barbadians; Bajan; Bajans | Bridgetown
    Belarus |  | Belarusian; Belarusians | Minsk
    Belgium |  | Belgian; Belgians | Brussels
    Belize |  | Belizean; Belizeans | Belmopan
    Benin |  | Beninese | Cotonou
    Bhutan |  | Bhutanese | Thimphu
    Bolivia | Plurinational State of Bolivia | Bolivian; Bolivians | La Paz
    Bosnia and Herzegovina | Bosnia; Bosnia-Herzegovina | Bosnian; Bosnians | Sarajevo
    Botswana |  | Motswana; Batswana; Botswanan | Gaborone
    Brazil | Federative Republic of Brazil | Brazilian; Brazilians | Brasília
    Brunei | Brunei Darussalam | Bruneian; Bruneians | Bandar Seri Begawan
    Bulgaria |  | Bulgarian; Bulgarians | Sofia
    Burkina Faso |  | Burkinabe | Ouagadougou
    Burundi |  | Burundian; Burundians | Gitega
    Cambodia |  | Cambodian; Cambodians | Phnom Penh
    Cameroon |  | Cameroonian; Cameroonians | Yaoundé
    Canada |  | Canadian; Canadians | Ottawa
    Cape Verde | Cabo Verde | Cape Verdean; Cape Verdeans | Praia
    Central African Republic |  | Central African; Central Africans | Bangui
    Chad |  | Chadian; Chadians | N'Djamena
    Chile |  | Chilean; Chileans | Santiago
    China | People's Republic of China; PRC; mainland China | Chinese | Beijing
    Colombia |  | Colombian; Colombians | Bogotá
    Comoros |  | Comorian; Comorians | Moroni
    Costa Rica |  | Costa Rican; Costa Ricans | San José
    Croatia |  | Croatian; Croatians; Croat; Croats | Zagreb
    Cuba |  | Cuban; Cubans | Havana
    Cyprus |  | Cypriot; Cypriots | Nicosia
    Czech Republic | Czechia | Czech; Czechs | Prague
    Democratic Republic of the Congo | DR Congo; DRC; Congo-Kinshasa; Democratic Republic of Congo | Congolese | Kinshasa
    Denmark |  | Danish; Dane; Danes | Copenhagen
    Djibouti |  | Djiboutian; Djiboutians | Djibouti City
    Dominica | Commonwealth of Dominica |  | Roseau
    Dominican Republic |  | Dominican; Dominicans | Santo Domingo
    East Timor | Timor-Leste | Timorese; East Timorese | Dili
    Ecuador |  | Ecuadorian; Ecuadorians; Ecuadoran; Ecuadorans | Quito
    Egypt |  | Egyptian; Egyptians | Cairo
    El Salvador |  | Salvadoran; Salvadorans; Salvadorean; Salvadoreans | San Salvador
    Equatorial Guinea |  | Equatorial Guinean; Equatorial Guineans; Equatoguinean | Malabo
    Eritrea |  | Eritrean; Eritreans | Asmara
    Estonia |  | Estonian; Estonians | Tallinn
    Eswatini | Swaziland | Swazi; Swazis | Mbabane
    Ethiopia |  | Ethiopian; Ethiopians | Addis Ababa
    Fiji |  | Fijian; Fijians | Suva
    Finland |  | Finnish; Finn; Finns | Helsinki
    France | French Republic | French; Frenchman; Frenchwoman; Frenchmen; Frenchwomen | Paris
    Gabon |  | Gabonese | Libreville
    Gambia | The Gambia | Gambian; Gambians | Banjul
    Georgia |  | Georgian; Georgians | Tbilisi
    Germany | Federal Republic of Germany | German; Germans | Berlin
    Ghana |  | Ghanaian; Ghanaians | Accra
    Greece | Hellenic Republic | Greek; Greeks | Athens
    Greenland | Kalaallit Nunaat | Greenlandic; Greenlander; Greenlanders | Nuuk
    Grenada |  | Grenadian; Grenadians | St. George's
    Guatemala |  | Guatemalan; Guatemalans | Guatemala City
    Guinea | Guinea-Conakry | Guinean; Guineans | Conakry
    Guinea-Bissau |  | Bissau-Guinean; Bissau-Guineans | Bissau
    Guyana |  | Guyanese | Georgetown
    Haiti |  | Haitian; Haitians | Port-au-Prince
    Honduras |  | Honduran; Hondurans | Tegucigalpa
    Hong Kong | Hong Kong SAR | Hongkonger; Hongkongers; Hong Konger; Hong Kongers |
    Hungary |  | Hungarian; Hungarians | Budapest
    Iceland |  | Icelandic; Icelander; Icelanders | Reykjavik
    India | Republic of India; Bharat | Indian; Indians | New Delhi
    Indonesia |  | Indonesian; Indonesians | Jakarta
    Iran | Islamic Republic of Iran | Iranian; Iranians | Tehran
    Iraq |  | Iraqi; Iraqis | Baghdad
    Ireland | Republic of Ireland | Irish; Irishman; Irishwoman | Dublin
    Israel | State of Israel | Israeli; Israelis | Jerusalem
    Italy | Italian Republic | Italian; Italians | Rome
    Ivory Coast | Côte d'Ivoire | Ivorian; Ivorians | Abidjan
    Jamaica |  | Jamaican; Jamaicans | Kingston
    Japan |  | Japanese | Tokyo
    Jordan | Hashemite Kingdom of Jordan | Jordanian; Jordanians | Amman
    Kazakhstan |  | Kazakh; Kazakhs; Kazakhstani; Kazakhstanis | Astana
    Kenya |  | Kenyan; Kenyans | Nairobi
    Kiribati |  | I-Kiribati | Tarawa
    Kosovo |  | Kosovar; Kosovars; Kosovan; Kosovans | Pristina
    Kuwait |  | Kuwaiti; Kuwaitis | Kuwait City
    Kyrgyzstan | Kyrgyz Republic | Kyrgyz; Kyrgyzstani; Kyrgyzstanis | Bishkek
    Laos | Lao PDR; Lao People's Democratic Republic | Lao; Laotian; Laotians | Vientiane
    Latvia |  | Latvian; Latvians | Riga
    Lebanon |  | Lebanese | Beirut
    Lesotho |  | Basotho; Mosotho | Maseru
    Liberia |  | Liberian; Liberians | Monrovia
    Libya |  | Libyan; Libyans | Tripoli
    Liechtenstein |  | Liechtensteiner; Liechtensteiners | Vaduz
    Lithuania |  | Lithuanian; Lithuanians | Vilnius
    Luxembourg | Grand Duchy of Luxembourg | Luxembourgish; Luxembourger; Luxembourgers | Luxembourg City
    Macau | Macao | Macanese |
    Madagascar |  | Malagasy | Antananarivo
    Malawi |  | Malawian; Malawians | Lilongwe
    Malaysia |  | Malaysian; Malaysians | Kuala Lumpur
    Maldives |  | Maldivian; Maldivians | Malé
    Mali |  | Malian; Malians | Bamako
    Malta |  | Maltese | Valletta
    Marshall Islands |  | Marshallese | Majuro
    Mauritania |  | Mauritanian; Mauritanians | Nouakchott
    Mauritius |  | Mauritian; Mauritians | Port Louis
    Mexico | United Mexican States | Mexican; Mexicans | Mexico City
    Micronesia | Federated States of Micronesia | Micronesian; Micronesians | Palikir
    Moldova |  | Moldovan; Moldovans | Chisinau
    Monaco |  | Monegasque | Monaco
    Mongolia |  | Mongolian; Mongolians | Ulaanbaatar
    Montenegro |  | Montenegrin; Montenegrins | Podgorica
    Morocco |  | Moroccan; Moroccans | Rabat
    Mozambique |  | Mozambican; Mozambicans | Maputo
    Myanmar | Burma | Burmese | Naypyidaw
    Namibia |  | Namibian; Namibians | Windhoek
    Nauru |  | Nauruan; Nauruans | Yaren
    Nepal |  | Nepali; Nepalis; Nepalese | Kathmandu
    Netherlands | The Netherlands; Holland | Dutch; Dutchman; Dutchwoman | Amsterdam
    New Zealand | NZ; Aotearoa | New Zealander; New Zealanders | Wellington
    Nicaragua |  | Nicaraguan; Nicaraguans | Managua
    Niger |  | Nigerien; Nigeriens | Niamey
    Nigeria |  | Nigerian; Nigerians | Abuja
    North Korea | Democratic People's Republic of Korea; DPRK | North Korean; North Koreans | Pyongyang
    North Macedonia | Macedonia | Macedonian; Macedonians | Skopje
    Norway |  | Norwegian; Norwegians | Oslo
    Oman |  | Omani; Omanis | Muscat
    Pakistan |  | Pakistani; Pakistanis | Islamabad
    Palau |  | Palauan; Palauans | Ngerulmud
    Palestine | State of Palestine; Palestinian territories; Occupied Palestinian Territories | Palestinian; Palestinians | Ramallah
    Panama |  | Panamanian; Panamanians | Panama City
    Papua New Guinea | PNG | Papua New Guinean; Papua New Guineans | Port Moresby
    Paraguay |  | Paraguayan; Paraguayans | Asunción
    Peru |  | Peruvian; Peruvians | Lima
    Philippines | The Philippines | Filipino; Filipinos; Filipina; Filipinas; Philippine | Manila
    Poland |  | Polish; Poles | Warsaw
    Portugal |  | Portuguese | Lisbon
    Puerto Rico | Commonwealth of Puerto Rico | Puerto Rican; Puerto Ricans | San Juan
    Qatar |  | Qatari; Qataris | Doha
    Republic of the Congo | Congo-Brazzaville; Congo Republic; Republic of Congo |  | Brazzaville
    Romania |  | Romanian; Romanians | Bucharest
    Russia | Russian Federation | Russian; Russians | Moscow
    Rwanda |  | Rwandan; Rwandans | Kigali
    Saint Kitts and Nevis | St. Kitts and Nevis; St Kitts and Nevis | Kittitian; Kittitians; Nevisian; Nevisians | Basseterre
    Saint Lucia | St. Lucia; St Lucia | Saint Lucian; Saint Lucians; St. Lucian; St. Lucians | Castries
    Saint Vincent and the Grenadines | St. Vincent and the Grenadines; St Vincent and the Grenadines | Vincentian; Vincentians | Kingstown
    Samoa |  | Samoan; Samoans | Apia
    San Marino |  | Sammarinese | San Marino
    São Tomé and Príncipe |  | Santomean; Santomeans | São Tomé
    Saudi Arabia | Kingdom of Saudi Arabia; KSA | Saudi; Saudis; Saudi Arabian; Saudi Arabians | Riyadh
    Senegal |  | Senegalese | Dakar
    Serbia |  | Serbian; Serbians; Serb; Serbs | Belgrade
    Seychelles |  | Seychellois | Victoria
    Sierra Leone |  | Sierra Leonean; Sierra Leoneans | Freetown
    Singapore |  | Singaporean; Singaporeans | Singapore
    Slovakia | Slovak Republic | Slovak; Slovaks; Slovakian | Bratislava
    Slovenia |  | Slovenian; Slovenians; Slovene; Slovenes | Ljubljana
    Solomon Islands |  | Solomon Islander; Solomon Islanders | Honiara
    Somalia |  | Somali; Somalis | Mogadishu
    South Africa | Republic of South Africa | South African; South Africans | Pretoria
    South Korea | Republic of Korea; ROK | South Korean; South Koreans | Seoul
    South Sudan |  | South Sudanese | Juba
    Spain | Kingdom of Spain | Spanish; Spaniard; Spaniards | Madrid
    Sri Lanka |  | Sri Lankan; Sri Lankans | Colombo
    Sudan |  | Sudanese | Khartoum
    Suriname |  | Surinamese | Paramaribo
    Sweden |  | Swedish; Swede; Swedes | Stockholm
    Switzerland | Swiss Confederation | Swiss | Bern
    Syria | Syrian Arab Republic | Syrian; Syrians | Damascus
    Taiwan | Republic of China; ROC | Taiwanese | Taipei
    Tajikistan |  | Tajik; Tajiks; Tajikistani; Tajikistanis | Dushanbe
    Tanzania | United Republic of Tanzania | Tanzanian; Tanzanians | Dodoma
    Thailand |  | Thai; Thais | Bangkok
    Togo |  | Togolese | Lomé
    Tonga |  | Tongan; Tongans | Nuku'alofa
    Trinidad and Tobago | Trinidad | Trinidadian; Trinidadians; Tobagonian; Tobagonians | Port of Spain
    Tunisia |  | Tunisian; Tunisians | Tunis
    Turkey | Türkiye; Republic of Türkiye | Turkish; Turk; Turks | Ankara
    Turkmenistan |  | Turkmen; Turkmens | Ashgabat
    Tuvalu |  | Tuvaluan; Tuvaluans | Funafuti
    Uganda |  | Ugandan; Ugandans | Kampala
    Ukraine |  | Ukrainian; Ukrainians | Kyiv
    United Arab Emirates | UAE; U.A.E. | Emirati; Emiratis | Abu Dhabi
    United Kingdom | UK; U.K.; Britain; Great Britain | British; Briton; Britons | London
    United States | United States of America; US; U.S.; USA; U.S.A.; America | American; Americans | Washington
    Uruguay |  | Uruguayan; Uruguayans | Montevideo
    Uzbekistan |  | Uzbek; Uzbeks; Uzbekistani; Uzbekistanis | Tashkent
    Vanuatu |  | Ni-Vanuatu | Port Vila
    Vatican City | Vatican; Holy See |  | Vatican City
    Venezuela | Bolivarian Republic of Venezuela | Venezuelan; Venezuelans | Caracas
    Vietnam | Viet Nam | Vietnamese | Hanoi
    Western Sahara |  | Sahrawi; Sahrawis | Laayoune
    Yemen |  | Yemeni; Yemenis | Sanaa
    Zambia |  | Zambian; Zambians | Lusaka
    Zimbabwe |  | Zimbabwean; Zimbabweans | Harare
    """#
}
#endif
