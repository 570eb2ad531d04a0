#if DOSSIER_LEGACY_TABLES // being migrated to Knowledge/curated; removed with this change
extension Knowledge {
    /// Regions: name | kind | country.
    /// One per line; fields separated by " | ". General knowledge, not tied to any story.
    /// kind is one of: continent, region, ocean, sea, gulf, strait, canal, river, state, province, territory,
    /// district, nation. country is a name from `countriesTable`, empty for continents, oceans, world regions
    /// and places that span or are disputed between several countries.
    static let regionsTable = #"""
    Abkhazia | region | Georgia
    Acre | state | Brazil
    Adriatic Sea | sea |
    Aegean Sea | sea |
    Africa | continent |
    Aguascalientes | state | Mexico
    Alabama | state | United States
    Alagoas | state | Brazil
    Alaska | state | United States
    Alberta | province | Canada
    Alsace | region | France
    Amapá | state | Brazil
    Amazon rainforest | region |
    Amazon River | river |
    Amazonas | state | Brazil
    American Samoa | territory | United States
    Amhara | region | Ethiopia
    Andalusia | region | Spain
    Andaman and Nicobar Islands | territory | India
    Andhra Pradesh | state | India
    Antarctica | continent |
    Arabian Sea | sea |
    Arctic | region |
    Arctic Ocean | ocean |
    Arizona | state | United States
    Arkansas | state | United States
    Aruba | territory | Netherlands
    Arunachal Pradesh | state | India
    Asia | continent |
    Asia-Pacific | region |
    Assam | state | India
    Atlantic Ocean | ocean |
    Australian Capital Territory | territory | Australia
    Azores | region | Portugal
    Bab el-Mandeb | strait |
    Baden-Württemberg | state | Germany
    Bahia | state | Brazil
    Baja California | state | Mexico
    Baja California Sur | state | Mexico
    Balearic Islands | region | Spain
    Bali | province | Indonesia
    Balkans | region |
    Balochistan | province | Pakistan
    Baltic Sea | sea |
    Baltics | region |
    Barents Sea | sea |
    Basque Country | region | Spain
    Bavaria | state | Germany
    Bay of Bengal | gulf |
    Bay of Biscay | gulf |
    Bering Sea | sea |
    Bering Strait | strait |
    Bermuda | territory | United Kingdom
    Bihar | state | India
    Black Sea | sea |
    Bosphorus | strait | Turkey
    Brandenburg | state | Germany
    British Columbia | province | Canada
    British Virgin Islands | territory | United Kingdom
    California | state | United States
    Campeche | state | Mexico
    Canary Islands | region | Spain
    Caribbean | region |
    Caribbean Sea | sea |
    Caspian Sea | sea |
    Catalonia | region | Spain
    Caucasus | region |
    Cayman Islands | territory | United Kingdom
    Ceará | state | Brazil
    Central America | region |
    Central Asia | region |
    Central Europe | region |
    Chechnya | region | Russia
    Chhattisgarh | state | India
    Chiapas | state | Mexico
    Chihuahua | state | Mexico
    Coahuila | state | Mexico
    Colima | state | Mexico
    Colorado | state | United States
    Colorado River | river |
    Congo River | river |
    Connecticut | state | United States
    Corsica | region | France
    Crimea | region | Ukraine
    Curaçao | territory | Netherlands
    Dadra and Nagar Haveli and Daman and Diu | territory | India
    Dagestan | region | Russia
    Danube | river |
    Dardanelles | strait | Turkey
    Darfur | region | Sudan
    Dead Sea | sea |
    Delaware | state | United States
    District of Columbia | district | United States
    Dnipro River | river |
    Donbas | region | Ukraine
    Durango | state | Mexico
    East Africa | region |
    East Asia | region |
    East China Sea | sea |
    Eastern Europe | region |
    England | nation | United Kingdom
    English Channel | strait |
    Espírito Santo | state | Brazil
    Euphrates | river |
    Europe | continent |
    Falkland Islands | territory | United Kingdom
    Faroe Islands | territory | Denmark
    Flanders | region | Belgium
    Florida | state | United States
    French Guiana | territory | France
    French Polynesia | territory | France
    Fujian | province | China
    Galicia | region | Spain
    Ganges | river |
    Gaza | territory | Palestine
    Georgia | state | United States
    Gibraltar | territory | United Kingdom
    Goa | state | India
    Goiás | state | Brazil
    Golan Heights | region | Syria
    Great Lakes | region |
    Guadeloupe | territory | France
    Guam | territory | United States
    Guanajuato | state | Mexico
    Guangdong | province | China
    Guerrero | state | Mexico
    Gujarat | state | India
    Gulf of Aden | gulf |
    Gulf of Aqaba | gulf |
    Gulf of California | gulf |
    Gulf of Finland | gulf |
    Gulf of Guinea | gulf |
    Gulf of Mexico | gulf |
    Gulf of Oman | gulf |
    Gulf of St. Lawrence | gulf |
    Gulf of Thailand | gulf |
    Hainan | province | China
    Haryana | state | India
    Hawaii | state | United States
    Henan | province | China
    Hesse | state | Germany
    Hidalgo | state | Mexico
    Himachal Pradesh | state | India
    Hokkaido | region | Japan
    Horn of Africa | region |
    Hubei | province | China
    Hudson Bay | gulf | Canada
    Hudson River | river | United States
    Idaho | state | United States
    Illinois | state | United States
    Indian Ocean | ocean |
    Indiana | state | United States
    Indo-Pacific | region |
    Indus | river |
    Inner Mongolia | region | China
    Iowa | state | United States
    Isle of Man | territory | United Kingdom
    Jalisco | state | Mexico
    Jammu and Kashmir | territory | India
    Jharkhand | state | India
    Jiangsu | province | China
    Jordan River | river |
    Kansas | state | United States
    Karnataka | state | India
    Kashmir | region |
    Kentucky | state | United States
    Kerala | state | India
    Kerch Strait | strait |
    Khyber Pakhtunkhwa | province | Pakistan
    Kurdistan | region |
    Ladakh | territory | India
    Lakshadweep | territory | India
    Lapland | region | Finland
    Latin America | region |
    Levant | region |
    Lombardy | region | Italy
    Louisiana | state | United States
    Lower Saxony | state | Germany
    Madeira | region | Portugal
    Madhya Pradesh | state | India
    Maharashtra | state | India
    Maine | state | United States
    Manipur | state | India
    Manitoba | province | Canada
    Maranhão | state | Brazil
    Martinique | territory | France
    Maryland | state | United States
    Massachusetts | state | United States
    Mato Grosso | state | Brazil
    Mato Grosso do Sul | state | Brazil
    Mayotte | territory | France
    Mecklenburg-Western Pomerania | state | Germany
    Mediterranean | sea |
    Meghalaya | state | India
    Mekong | river |
    Michigan | state | United States
    Michoacán | state | Mexico
    Middle East | region |
    Minas Gerais | state | Brazil
    Mindanao | region | Philippines
    Minnesota | state | United States
    Mississippi | state | United States
    Mississippi River | river | United States
    Missouri | state | United States
    Missouri River | river | United States
    Mizoram | state | India
    Montana | state | United States
    Morelos | state | Mexico
    Nagaland | state | India
    Nagorno-Karabakh | region | Azerbaijan
    Nayarit | state | Mexico
    Nebraska | state | United States
    Nevada | state | United States
    New Brunswick | province | Canada
    New Caledonia | territory | France
    New Hampshire | state | United States
    New Jersey | state | United States
    New Mexico | state | United States
    New South Wales | state | Australia
    New York State | state | United States
    Newfoundland and Labrador | province | Canada
    Niger River | river |
    Nile | river |
    Normandy | region | France
    North Africa | region |
    North America | continent |
    North Carolina | state | United States
    North Dakota | state | United States
    North Rhine-Westphalia | state | Germany
    North Sea | sea |
    Northern Ireland | nation | United Kingdom
    Northern Mariana Islands | territory | United States
    Northern Territory | territory | Australia
    Northwest Territories | territory | Canada
    Norwegian Sea | sea |
    Nova Scotia | province | Canada
    Nuevo León | state | Mexico
    Nunavut | territory | Canada
    Oaxaca | state | Mexico
    Oceania | continent |
    Odisha | state | India
    Ohio | state | United States
    Okinawa | region | Japan
    Oklahoma | state | United States
    Ontario | province | Canada
    Oregon | state | United States
    Pacific Ocean | ocean |
    Panama Canal | canal | Panama
    Pará | state | Brazil
    Paraíba | state | Brazil
    Paraná | state | Brazil
    Patagonia | region |
    Penang | state | Malaysia
    Pennsylvania | state | United States
    Pernambuco | state | Brazil
    Persian Gulf | gulf |
    Piauí | state | Brazil
    Potomac River | river | United States
    Prince Edward Island | province | Canada
    Provence | region | France
    Puducherry | territory | India
    Puebla | state | Mexico
    Punjab | state | India
    Quebec | province | Canada
    Queensland | state | Australia
    Querétaro | state | Mexico
    Quintana Roo | state | Mexico
    Rajasthan | state | India
    Rakhine | state | Myanmar
    Red Sea | sea |
    Réunion | territory | France
    Rhine | river |
    Rhineland-Palatinate | state | Germany
    Rhode Island | state | United States
    Rio de Janeiro State | state | Brazil
    Rio Grande | river |
    Rio Grande do Norte | state | Brazil
    Rio Grande do Sul | state | Brazil
    Rondônia | state | Brazil
    Roraima | state | Brazil
    Saarland | state | Germany
    Sahara | region |
    Sahel | region |
    San Luis Potosí | state | Mexico
    Santa Catarina | state | Brazil
    São Paulo State | state | Brazil
    Sardinia | region | Italy
    Saskatchewan | province | Canada
    Saxony | state | Germany
    Saxony-Anhalt | state | Germany
    Scandinavia | region |
    Schleswig-Holstein | state | Germany
    Scotland | nation | United Kingdom
    Sea of Azov | sea |
    Sea of Japan | sea |
    Seine | river | France
    Sergipe | state | Brazil
    Shandong | province | China
    Siberia | region | Russia
    Sichuan | province | China
    Sicily | region | Italy
    Sikkim | state | India
    Silicon Valley | region | United States
    Sinai | region | Egypt
    Sinaloa | state | Mexico
    Sindh | province | Pakistan
    Somaliland | region | Somalia
    Sonora | state | Mexico
    South America | continent |
    South Asia | region |
    South Australia | state | Australia
    South Carolina | state | United States
    South China Sea | sea |
    South Dakota | state | United States
    South Ossetia | region | Georgia
    Southeast Asia | region |
    Southern Africa | region |
    Southern Ocean | ocean |
    St. Lawrence River | river |
    State of Mexico | state | Mexico
    Strait of Gibraltar | strait |
    Strait of Hormuz | strait |
    Strait of Malacca | strait |
    Sub-Saharan Africa | region |
    Suez Canal | canal | Egypt
    Svalbard | territory | Norway
    Tabasco | state | Mexico
    Taiwan Strait | strait |
    Tamaulipas | state | Mexico
    Tamil Nadu | state | India
    Tasmania | state | Australia
    Telangana | state | India
    Tennessee | state | United States
    Texas | state | United States
    Thames | river | United Kingdom
    Thuringia | state | Germany
    Tibet | region | China
    Tigray | region | Ethiopia
    Tigris | river |
    Tlaxcala | state | Mexico
    Tocantins | state | Brazil
    Transnistria | region | Moldova
    Transylvania | region | Romania
    Tripura | state | India
    Turks and Caicos Islands | territory | United Kingdom
    Tuscany | region | Italy
    US Virgin Islands | territory | United States
    Utah | state | United States
    Uttar Pradesh | state | India
    Uttarakhand | state | India
    Veneto | region | Italy
    Veracruz | state | Mexico
    Vermont | state | United States
    Victoria | state | Australia
    Virginia | state | United States
    Volga | river | Russia
    Wales | nation | United Kingdom
    Wallonia | region | Belgium
    Washington State | state | United States
    West Africa | region |
    West Bank | territory | Palestine
    West Bengal | state | India
    West Virginia | state | United States
    Western Australia | state | Australia
    Western Europe | region |
    Wisconsin | state | United States
    Wyoming | state | United States
    Xinjiang | region | China
    Yangtze | river | China
    Yellow River | river | China
    Yellow Sea | sea |
    Yucatán | state | Mexico
    Yucatán Peninsula | region | Mexico
    Yukon | territory | Canada
    Yunnan | province | China
    Zacatecas | state | Mexico
    Zanzibar | region | Tanzania
    Zhejiang | province | China
    """#
}
#endif
