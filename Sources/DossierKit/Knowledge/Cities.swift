#if DOSSIER_LEGACY_TABLES // being migrated to Knowledge/curated; removed with this change
extension Knowledge {
    /// Cities: name | country.
    /// One per line; fields separated by " | ". General knowledge, not tied to any story.
    /// Every national capital of `countriesTable`, the largest and most newsworthy cities, and the state and
    /// provincial capitals of the United States, Canada, Mexico, Australia, India and Brazil. One name per
    /// city, its most common English spelling; names that are everyday English words or common personal
    /// names are left out.
    static let citiesTable = #"""
    Aarhus | Denmark
    Aberdeen | United Kingdom
    Abidjan | Ivory Coast
    Abu Dhabi | United Arab Emirates
    Abuja | Nigeria
    Acapulco | Mexico
    Accra | Ghana
    Adana | Turkey
    Addis Ababa | Ethiopia
    Adelaide | Australia
    Aden | Yemen
    Agartala | India
    Agra | India
    Ahmedabad | India
    Ahvaz | Iran
    Aizawl | India
    Albany | United States
    Albuquerque | United States
    Aleppo | Syria
    Alexandria | Egypt
    Algiers | Algeria
    Almaty | Kazakhstan
    Amaravati | India
    Amman | Jordan
    Amritsar | India
    Amsterdam | Netherlands
    Anaheim | United States
    Anchorage | United States
    Andorra la Vella | Andorra
    Ankara | Turkey
    Annapolis | United States
    Antalya | Turkey
    Antananarivo | Madagascar
    Antofagasta | Chile
    Antwerp | Belgium
    Apia | Samoa
    Aracaju | Brazil
    Arequipa | Peru
    Arlington | United States
    Ashgabat | Turkmenistan
    Asmara | Eritrea
    Aspen | United States
    Astana | Kazakhstan
    Asunción | Paraguay
    Athens | Greece
    Atlanta | United States
    Atlantic City | United States
    Auckland | New Zealand
    Austin | United States
    Baghdad | Iraq
    Bakersfield | United States
    Bakhmut | Ukraine
    Baku | Azerbaijan
    Baltimore | United States
    Bamako | Mali
    Bandar Seri Begawan | Brunei
    Bandung | Indonesia
    Banff | Canada
    Bangkok | Thailand
    Bangui | Central African Republic
    Banjul | Gambia
    Barcelona | Spain
    Bari | Italy
    Barquisimeto | Venezuela
    Barranquilla | Colombia
    Basel | Switzerland
    Basra | Iraq
    Basseterre | Saint Kitts and Nevis
    Baton Rouge | United States
    Beijing | China
    Beirut | Lebanon
    Belém | Brazil
    Belfast | United Kingdom
    Belgorod | Russia
    Belgrade | Serbia
    Belmopan | Belize
    Belo Horizonte | Brazil
    Bengaluru | India
    Benghazi | Libya
    Bergen | Norway
    Berlin | Germany
    Bern | Switzerland
    Bethlehem | Palestine
    Bhopal | India
    Bhubaneswar | India
    Bilbao | Spain
    Birmingham | United Kingdom
    Bishkek | Kyrgyzstan
    Bismarck | United States
    Bissau | Guinea-Bissau
    Boa Vista | Brazil
    Bogotá | Colombia
    Boise | United States
    Bologna | Italy
    Bonn | Germany
    Bordeaux | France
    Boston | United States
    Brampton | Canada
    Brasília | Brazil
    Bratislava | Slovakia
    Brazzaville | Republic of the Congo
    Bremen | Germany
    Bridgetown | Barbados
    Brighton | United Kingdom
    Brisbane | Australia
    Bristol | United Kingdom
    Brno | Czech Republic
    Bruges | Belgium
    Brussels | Belgium
    Bucha | Ukraine
    Bucharest | Romania
    Budapest | Hungary
    Buenos Aires | Argentina
    Bujumbura | Burundi
    Bukavu | Democratic Republic of the Congo
    Bulawayo | Zimbabwe
    Burnaby | Canada
    Bursa | Turkey
    Busan | South Korea
    Cabo San Lucas | Mexico
    Cairo | Egypt
    Calais | France
    Calgary | Canada
    Cali | Colombia
    Cambridge | United Kingdom
    Campinas | Brazil
    Campo Grande | Brazil
    Canberra | Australia
    Cancún | Mexico
    Cannes | France
    Cap-Haïtien | Haiti
    Cape Town | South Africa
    Caracas | Venezuela
    Cardiff | United Kingdom
    Carson City | United States
    Cartagena | Colombia
    Casablanca | Morocco
    Castries | Saint Lucia
    Catania | Italy
    Cebu City | Philippines
    Celaya | Mexico
    Chandigarh | India
    Changchun | China
    Changsha | China
    Charleston | United States
    Charlotte | United States
    Charlottetown | Canada
    Chelyabinsk | Russia
    Chengdu | China
    Chennai | India
    Chernobyl | Ukraine
    Chetumal | Mexico
    Cheyenne | United States
    Chiang Mai | Thailand
    Chicago | United States
    Chilpancingo | Mexico
    Chisinau | Moldova
    Chittagong | Bangladesh
    Chongqing | China
    Christchurch | New Zealand
    Cincinnati | United States
    Ciudad Juárez | Mexico
    Ciudad Obregón | Mexico
    Ciudad Victoria | Mexico
    Cleveland | United States
    Cluj-Napoca | Romania
    Cochabamba | Bolivia
    Coimbatore | India
    Cologne | Germany
    Colombo | Sri Lanka
    Colorado Springs | United States
    Columbia | United States
    Columbus | United States
    Conakry | Guinea
    Concepción | Chile
    Concord | United States
    Copenhagen | Denmark
    Córdoba | Argentina
    Cork | Ireland
    Corpus Christi | United States
    Cotonou | Benin
    Cúcuta | Colombia
    Cuernavaca | Mexico
    Cuiabá | Brazil
    Culiacán | Mexico
    Cupertino | United States
    Curitiba | Brazil
    Cusco | Peru
    Da Nang | Vietnam
    Daegu | South Korea
    Daejeon | South Korea
    Dakar | Senegal
    Dalian | China
    Dallas | United States
    Damascus | Syria
    Dammam | Saudi Arabia
    Dar es Salaam | Tanzania
    Darwin | Australia
    Davao City | Philippines
    Davos | Switzerland
    Dayton | United States
    Dehradun | India
    Delhi | India
    Denver | United States
    Des Moines | United States
    Detroit | United States
    Dhaka | Bangladesh
    Dili | East Timor
    Dispur | India
    Diyarbakir | Turkey
    Djibouti City | Djibouti
    Dnipro | Ukraine
    Dodoma | Tanzania
    Doha | Qatar
    Donetsk | Ukraine
    Dongguan | China
    Dortmund | Germany
    Douala | Cameroon
    Dover | United States
    Dresden | Germany
    Dubai | United Arab Emirates
    Dublin | Ireland
    Durban | South Africa
    Dushanbe | Tajikistan
    Düsseldorf | Germany
    Ecatepec | Mexico
    Edinburgh | United Kingdom
    Edmonton | Canada
    Eindhoven | Netherlands
    El Alto | Bolivia
    El Fasher | Sudan
    El Paso | United States
    Ensenada | Mexico
    Erbil | Iraq
    Essen | Germany
    Faisalabad | Pakistan
    Faridabad | India
    Fez | Morocco
    Florence | Italy
    Florianópolis | Brazil
    Fort Lauderdale | United States
    Fort Worth | United States
    Fortaleza | Brazil
    Foshan | China
    Frankfort | United States
    Frankfurt | Germany
    Fredericton | Canada
    Freetown | Sierra Leone
    Fresno | United States
    Fukuoka | Japan
    Fukushima | Japan
    Funafuti | Tuvalu
    Fuzhou | China
    Gaborone | Botswana
    Galway | Ireland
    Gandhinagar | India
    Gangtok | India
    Gatineau | Canada
    Gaza City | Palestine
    Gaziantep | Turkey
    Gdansk | Poland
    Geneva | Switzerland
    Genoa | Italy
    Georgetown | Guyana
    Ghaziabad | India
    Ghent | Belgium
    Gitega | Burundi
    Giza | Egypt
    Glasgow | United Kingdom
    Goiânia | Brazil
    Gold Coast | Australia
    Goma | Democratic Republic of the Congo
    Gothenburg | Sweden
    Granada | Spain
    Graz | Austria
    Greensboro | United States
    Grenoble | France
    Grozny | Russia
    Guadalajara | Mexico
    Guangzhou | China
    Guarulhos | Brazil
    Guatemala City | Guatemala
    Guayaquil | Ecuador
    Guiyang | China
    Gujranwala | Pakistan
    Gurugram | India
    Guwahati | India
    Gwalior | India
    Gwangju | South Korea
    Haifa | Israel
    Haiphong | Vietnam
    Halifax | Canada
    Hamburg | Germany
    Hangzhou | China
    Hanoi | Vietnam
    Hanover | Germany
    Harare | Zimbabwe
    Harbin | China
    Hargeisa | Somalia
    Harrisburg | United States
    Hartford | United States
    Havana | Cuba
    Hebron | Palestine
    Hefei | China
    Helsinki | Finland
    Herat | Afghanistan
    Hermosillo | Mexico
    Hiroshima | Japan
    Ho Chi Minh City | Vietnam
    Hobart | Australia
    Hodeidah | Yemen
    Homs | Syria
    Honiara | Solomon Islands
    Honolulu | United States
    Houston | United States
    Hyderabad | India
    Ibadan | Nigeria
    Idlib | Syria
    Imphal | India
    Incheon | South Korea
    Indianapolis | United States
    Indore | India
    Innsbruck | Austria
    Iqaluit | Canada
    Irapuato | Mexico
    Isfahan | Iran
    Islamabad | Pakistan
    Istanbul | Turkey
    Itanagar | India
    Izmir | Turkey
    Jabalpur | India
    Jackson Hole | United States
    Jacksonville | United States
    Jaipur | India
    Jakarta | Indonesia
    Jammu | India
    Jeddah | Saudi Arabia
    Jefferson City | United States
    Jenin | Palestine
    Jersey City | United States
    Jerusalem | Israel
    Jinan | China
    João Pessoa | Brazil
    Jodhpur | India
    Johannesburg | South Africa
    Johor Bahru | Malaysia
    Juba | South Sudan
    Juneau | United States
    Kabul | Afghanistan
    Kaliningrad | Russia
    Kampala | Uganda
    Kandahar | Afghanistan
    Kano | Nigeria
    Kanpur | India
    Kansas City | United States
    Kaohsiung | Taiwan
    Karachi | Pakistan
    Karaj | Iran
    Karlsruhe | Germany
    Kathmandu | Nepal
    Kazan | Russia
    Khan Younis | Palestine
    Kharkiv | Ukraine
    Khartoum | Sudan
    Kherson | Ukraine
    Kigali | Rwanda
    Kingston | Jamaica
    Kingstown | Saint Vincent and the Grenadines
    Kinshasa | Democratic Republic of the Congo
    Kirkuk | Iraq
    Kobe | Japan
    Kochi | India
    Kohima | India
    Kolkata | India
    Konya | Turkey
    Kota | India
    Krakow | Poland
    Krasnodar | Russia
    Krasnoyarsk | Russia
    Kuala Lumpur | Malaysia
    Kumasi | Ghana
    Kunming | China
    Kursk | Russia
    Kuwait City | Kuwait
    Kyiv | Ukraine
    Kyoto | Japan
    La Paz | Bolivia
    La Plata | Argentina
    Laayoune | Western Sahara
    Lagos | Nigeria
    Lahore | Pakistan
    Lansing | United States
    Lanzhou | China
    Las Vegas | United States
    Lausanne | Switzerland
    Leeds | United Kingdom
    Leicester | United Kingdom
    Leipzig | Germany
    León | Mexico
    Lexington | United States
    Lhasa | China
    Libreville | Gabon
    Liège | Belgium
    Lille | France
    Lilongwe | Malawi
    Lima | Peru
    Limassol | Cyprus
    Lisbon | Portugal
    Little Rock | United States
    Liverpool | United Kingdom
    Ljubljana | Slovenia
    Lodz | Poland
    Lomé | Togo
    London | United Kingdom
    Long Beach | United States
    Longueuil | Canada
    Los Angeles | United States
    Louisville | United States
    Luanda | Angola
    Lubumbashi | Democratic Republic of the Congo
    Lucerne | Switzerland
    Lucknow | India
    Ludhiana | India
    Luhansk | Ukraine
    Lusaka | Zambia
    Luxembourg City | Luxembourg
    Lviv | Ukraine
    Lyon | France
    Maastricht | Netherlands
    Macapá | Brazil
    Maceió | Brazil
    Madrid | Spain
    Madurai | India
    Majuro | Marshall Islands
    Makassar | Indonesia
    Malabo | Equatorial Guinea
    Málaga | Spain
    Malé | Maldives
    Malmö | Sweden
    Managua | Nicaragua
    Manama | Bahrain
    Manaus | Brazil
    Manchester | United Kingdom
    Mandalay | Myanmar
    Manila | Philippines
    Maputo | Mozambique
    Mar del Plata | Argentina
    Maracaibo | Venezuela
    Mariupol | Ukraine
    Marrakech | Morocco
    Marseille | France
    Maseru | Lesotho
    Mashhad | Iran
    Matamoros | Mexico
    Mazatlán | Mexico
    Mbabane | Eswatini
    Mbuji-Mayi | Democratic Republic of the Congo
    Mecca | Saudi Arabia
    Medan | Indonesia
    Medellín | Colombia
    Medina | Saudi Arabia
    Meerut | India
    Melbourne | Australia
    Memphis | United States
    Menlo Park | United States
    Mérida | Mexico
    Mesa | United States
    Mexicali | Mexico
    Mexico City | Mexico
    Miami | United States
    Milan | Italy
    Milwaukee | United States
    Minneapolis | United States
    Minsk | Belarus
    Mississauga | Canada
    Mogadishu | Somalia
    Mombasa | Kenya
    Monaco | Monaco
    Monrovia | Liberia
    Montego Bay | Jamaica
    Monterrey | Mexico
    Montevideo | Uruguay
    Montpelier | United States
    Montpellier | France
    Montreal | Canada
    Morelia | Mexico
    Moroni | Comoros
    Moscow | Russia
    Mosul | Iraq
    Multan | Pakistan
    Mumbai | India
    Munich | Germany
    Murmansk | Russia
    Muscat | Oman
    Mykolaiv | Ukraine
    N'Djamena | Chad
    Nablus | Palestine
    Nagasaki | Japan
    Nagoya | Japan
    Nagpur | India
    Nairobi | Kenya
    Nanchang | China
    Nanjing | China
    Nanning | China
    Nantes | France
    Naples | Italy
    Nashik | India
    Nashville | United States
    Nassau | Bahamas
    Natal | Brazil
    Naucalpan | Mexico
    Naypyidaw | Myanmar
    New Delhi | India
    New Orleans | United States
    New Taipei | Taiwan
    New York | United States
    Newark | United States
    Newcastle | United Kingdom
    Ngerulmud | Palau
    Niamey | Niger
    Nicosia | Cyprus
    Ningbo | China
    Nizhny Novgorod | Russia
    Noida | India
    Nottingham | United Kingdom
    Nouakchott | Mauritania
    Novi Sad | Serbia
    Novosibirsk | Russia
    Nuevo Laredo | Mexico
    Nuku'alofa | Tonga
    Nuremberg | Germany
    Nuuk | Greenland
    Oakland | United States
    Odesa | Ukraine
    Oklahoma City | United States
    Omaha | United States
    Omdurman | Sudan
    Omsk | Russia
    Oran | Algeria
    Orlando | United States
    Osaka | Japan
    Oslo | Norway
    Ottawa | Canada
    Ouagadougou | Burkina Faso
    Oxford | United Kingdom
    Pachuca | Mexico
    Palermo | Italy
    Palikir | Micronesia
    Palm Beach | United States
    Palma | Spain
    Palmas | Brazil
    Palo Alto | United States
    Panaji | India
    Panama City | Panama
    Paramaribo | Suriname
    Paris | France
    Patna | India
    Perth | Australia
    Peshawar | Pakistan
    Philadelphia | United States
    Phnom Penh | Cambodia
    Phoenix | United States
    Phuket | Thailand
    Pittsburgh | United States
    Plano | United States
    Playa del Carmen | Mexico
    Plovdiv | Bulgaria
    Podgorica | Montenegro
    Pointe-Noire | Republic of the Congo
    Port Harcourt | Nigeria
    Port Louis | Mauritius
    Port Moresby | Papua New Guinea
    Port of Spain | Trinidad and Tobago
    Port Sudan | Sudan
    Port Vila | Vanuatu
    Port-au-Prince | Haiti
    Portland | United States
    Porto | Portugal
    Porto Alegre | Brazil
    Porto Velho | Brazil
    Porto-Novo | Benin
    Potsdam | Germany
    Poznan | Poland
    Prague | Czech Republic
    Praia | Cape Verde
    Prayagraj | India
    Pretoria | South Africa
    Pristina | Kosovo
    Providence | United States
    Puerto Vallarta | Mexico
    Pune | India
    Punta Cana | Dominican Republic
    Punta del Este | Uruguay
    Putrajaya | Malaysia
    Pyongyang | North Korea
    Qingdao | China
    Qom | Iran
    Quebec City | Canada
    Quetta | Pakistan
    Quezon City | Philippines
    Quito | Ecuador
    Rabat | Morocco
    Rafah | Palestine
    Raipur | India
    Rajkot | India
    Raleigh | United States
    Ramallah | Palestine
    Ranchi | India
    Rawalpindi | Pakistan
    Recife | Brazil
    Regina | Canada
    Rennes | France
    Reno | United States
    Reykjavik | Iceland
    Reynosa | Mexico
    Richmond | United States
    Riga | Latvia
    Rio Branco | Brazil
    Rio de Janeiro | Brazil
    Riyadh | Saudi Arabia
    Rome | Italy
    Rosario | Argentina
    Roseau | Dominica
    Rostov-on-Don | Russia
    Rotterdam | Netherlands
    Sacramento | United States
    Saint John's | Antigua and Barbuda
    Saint Petersburg | Russia
    Saitama | Japan
    Salem | United States
    Salt Lake City | United States
    Saltillo | Mexico
    Salvador | Brazil
    Salzburg | Austria
    Samarkand | Uzbekistan
    San Antonio | United States
    San Diego | United States
    San Francisco | United States
    San José | Costa Rica
    San Juan | Puerto Rico
    San Marino | San Marino
    San Pedro Sula | Honduras
    San Salvador | El Salvador
    San Sebastián | Spain
    Sanaa | Yemen
    Santa Ana | United States
    Santa Cruz | Bolivia
    Santa Fe | United States
    Santiago | Chile
    Santiago de Cuba | Cuba
    Santo Domingo | Dominican Republic
    São Luís | Brazil
    São Paulo | Brazil
    São Tomé | São Tomé and Príncipe
    Sapporo | Japan
    Sarajevo | Bosnia and Herzegovina
    Saskatoon | Canada
    Seattle | United States
    Semarang | Indonesia
    Sendai | Japan
    Seoul | South Korea
    Sevastopol | Ukraine
    Seville | Spain
    Shanghai | China
    Sharjah | United Arab Emirates
    Sharm el-Sheikh | Egypt
    Sheffield | United Kingdom
    Shenyang | China
    Shenzhen | China
    Shijiazhuang | China
    Shillong | India
    Shimla | India
    Shiraz | Iran
    Siem Reap | Cambodia
    Singapore | Singapore
    Skopje | North Macedonia
    Sochi | Russia
    Sofia | Bulgaria
    Southampton | United Kingdom
    Spokane | United States
    Springfield | United States
    Srebrenica | Bosnia and Herzegovina
    Srinagar | India
    St. George's | Grenada
    St. John's | Canada
    St. Louis | United States
    St. Paul | United States
    Stockholm | Sweden
    Strasbourg | France
    Stuttgart | Germany
    Sucre | Bolivia
    Sunshine Coast | Australia
    Surabaya | Indonesia
    Surat | India
    Suva | Fiji
    Suzhou | China
    Sydney | Australia
    Tabriz | Iran
    Taichung | Taiwan
    Tainan | Taiwan
    Taipei | Taiwan
    Taiyuan | China
    Tallahassee | United States
    Tallinn | Estonia
    Tampa | United States
    Tangier | Morocco
    Tarawa | Kiribati
    Tashkent | Uzbekistan
    Tbilisi | Georgia
    Tegucigalpa | Honduras
    Tehran | Iran
    Tel Aviv | Israel
    Tepic | Mexico
    Teresina | Brazil
    Thane | India
    The Hague | Netherlands
    Thessaloniki | Greece
    Thimphu | Bhutan
    Thiruvananthapuram | India
    Tianjin | China
    Tijuana | Mexico
    Tirana | Albania
    Tlaquepaque | Mexico
    Tokyo | Japan
    Toluca | Mexico
    Topeka | United States
    Toronto | Canada
    Torreón | Mexico
    Toulouse | France
    Trenton | United States
    Tripoli | Libya
    Tucson | United States
    Tucumán | Argentina
    Tulsa | United States
    Tulum | Mexico
    Tunis | Tunisia
    Turin | Italy
    Tuxtla Gutiérrez | Mexico
    Ufa | Russia
    Ulaanbaatar | Mongolia
    Ulsan | South Korea
    Urumqi | China
    Ushuaia | Argentina
    Utrecht | Netherlands
    Vadodara | India
    Vaduz | Liechtenstein
    Valencia | Spain
    Valletta | Malta
    Valparaíso | Chile
    Vancouver | Canada
    Varanasi | India
    Vatican City | Vatican City
    Venice | Italy
    Verona | Italy
    Versailles | France
    Victoria | Seychelles
    Vienna | Austria
    Vientiane | Laos
    Vijayawada | India
    Villahermosa | Mexico
    Vilnius | Lithuania
    Virginia Beach | United States
    Visakhapatnam | India
    Vitória | Brazil
    Vladivostok | Russia
    Volgograd | Russia
    Voronezh | Russia
    Warsaw | Poland
    Washington | United States
    Wellington | New Zealand
    Whitehorse | Canada
    Wichita | United States
    Windhoek | Namibia
    Winnipeg | Canada
    Wollongong | Australia
    Wroclaw | Poland
    Wuhan | China
    Wuxi | China
    Xalapa | Mexico
    Xi'an | China
    Xiamen | China
    Yalta | Ukraine
    Yamoussoukro | Ivory Coast
    Yangon | Myanmar
    Yaoundé | Cameroon
    Yaren | Nauru
    Yekaterinburg | Russia
    Yellowknife | Canada
    Yerevan | Armenia
    Yokohama | Japan
    Zagreb | Croatia
    Zapopan | Mexico
    Zaporizhzhia | Ukraine
    Zaragoza | Spain
    Zhengzhou | China
    Zurich | Switzerland
    """#
}
#endif
