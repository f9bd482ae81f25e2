package place

import "testing"

// The Falklands review: curated settlements, hills and waters of the 1982 campaign; the
// islands' short name; a name right after a cardinal number is a formation's or a craft's
// (but a number counts the place's people or things before a plural noun).
func TestReviewFalklands(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"2 Para attacked Darwin and Goose Green.", []string{"FK"},
			[]want{{"Darwin", "FK", "feature", -2072}, {"Goose Green", "FK", "feature", -2071}}},
		{"The brigade landed at San Carlos on 1 June.", []string{"FK"}, []want{{"San Carlos", "FK", "feature", -2068}}},
		{"45 Commando marched across East Falkland to Teal Inlet.", nil,
			[]want{{"East Falkland", "FK", "feature", -2065}, {"Teal Inlet", "FK", "feature", -2075}}},
		{"Typhoon jets are stationed at Mount Pleasant.", []string{"FK"}, []want{{"Mount Pleasant", "FK", "feature", -690}}},
		{"The task force sailed for the Falklands.", nil, []want{{"Falklands", "FK", "country", 3474414}}},
		{"The Vulcan flew from Wideawake airfield.", nil, []want{{"Wideawake airfield", "SH", "feature", -2085}}},
		{"The mission needed 11 Victor tankers.", nil, nil},
		{"Two Hercules landed at Stanley.", []string{"FK"}, []want{{"Stanley", "FK", "city", 3426691}}},
		// negatives: the US town with its state; a number before people of the place
		{"He was born in Mount Pleasant, South Carolina.", nil,
			[]want{{"Mount Pleasant", "US", "city", 4588165}, {"South Carolina", "US", "region1", 0}}},
		{"About 55 Gainesville residents marched in Florida.", nil,
			[]want{{"Gainesville", "US", "city", 0}, {"Florida", "US", "region1", 0}}},
		{"Aircraft struck 12 Mosul neighbourhoods.", []string{"IQ"}, []want{{"Mosul", "IQ", "city", 0}}},
		{"On June 5 Mosul was quiet.", []string{"IQ"}, []want{{"Mosul", "IQ", "city", 0}}},
	})
}

// The reviews of Australian releases, of the 2017 Caribbean hurricanes and of the Iraq no-fly
// zones: a mission's or an administration's name ending "to X" or "in X"; ships after "MV";
// curated places of East Timor, the Solomon Islands, Australia and Puerto Rico; the press
// spellings of Oruzgan, Duhok and Tallil.
func TestReviewPacificCaribbeanIraq(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The United Nations Transitional Administration in East Timor took over.", []string{"TL"}, nil},
		{"The UN Mission of Support in East Timor followed.", []string{"TL"}, nil},
		{"The Regional Assistance Mission to Solomon Islands arrived in Honiara.", []string{"SB"},
			[]want{{"Honiara", "SB", "city", 0}}},
		{"MV Sycamore carried evacuees to Western Port.", []string{"AU"}, []want{{"Western Port", "AU", "feature", -2096}}},
		{"Troops moved into Balibo near the border with West Timor.", []string{"TL"},
			[]want{{"Balibo", "TL", "feature", -2088}, {"West Timor", "ID", "feature", -2091}}},
		{"The patrol base lay near Tarin Kowt in Uruzgan province.", []string{"AF"},
			[]want{{"Tarin Kowt", "AF", "city", 0}, {"Uruzgan province", "AF", "region1", 1131461}}},
		{"Shelters opened in the Florida Keys and the Virgin Islands.", nil,
			[]want{{"Florida Keys", "US", "feature", 0}, {"Virgin Islands", "VI", "country", 4796775}}},
		{"Crews restored the Palo Seco power plant near Toa Baja.", []string{"PR"},
			[]want{{"Palo Seco power plant", "PR", "feature", -2100}, {"Toa Baja", "PR", "region1", 0}}},
		{"Jets struck a missile site near Talil.", []string{"IQ"}, []want{{"Talil", "IQ", "feature", -1446}}},
		{"Aircraft flew over Dohuk, Erbil and Sulaymaniyah provinces.", []string{"IQ"},
			[]want{{"Dohuk", "IQ", "region1", 97270}, {"Erbil", "IQ", "region1", 0}, {"Sulaymaniyah", "IQ", "region1", 0}}},
		// negatives: the city; a trade mission goes to the country
		{"Two people were killed in Dohuk on Monday.", []string{"IQ"}, []want{{"Dohuk", "IQ", "city", 96994}}},
		{"The Ukraine Trade Mission to Nigeria met in Lagos.", nil,
			[]want{{"Nigeria", "NG", "country", 0}, {"Lagos", "NG", "city", 0}}},
	})
}

// The reviews of the Kargil war and the Ladakh standoff, of Restore Hope in Somalia, of
// Canadian operations and of the Tanker War: curated heights, passes and posts of Ladakh,
// towns of the Ogaden and of the Shabelle, Nova Scotia's communities, and the Gulf's
// platforms and islands.
func TestReviewLadakhSomaliaCanadaGulf(t *testing.T) {
	m := testMatcher(t)
	cases := []resolveCase{
		{"18 Grenadiers took Tololing above Dras before Tiger Hill fell.", []string{"IN"},
			[]want{{"Tololing", "IN", "feature", -2102}, {"Dras", "IN", "feature", -2101}, {"Tiger Hill", "IN", "feature", -2103}}},
		{"Troops held Chushul, Rezang La and Daulat Beg Oldi.", []string{"IN"},
			[]want{{"Chushul", "IN", "feature", -2111}, {"Rezang La", "IN", "feature", -2115}, {"Daulat Beg Oldi", "IN", "feature", -2112}}},
		{"Both sides pulled back from Gogra and Hot Springs.", []string{"IN"},
			[]want{{"Gogra", "IN", "feature", -2118}, {"Hot Springs", "IN", "feature", -2119}}},
		{"Relief reached Gode in the Ogaden.", []string{"ET"}, []want{{"Gode", "ET", "feature", -2128}, {"Ogaden", "ET", "feature", -1701}}},
		{"Troops moved to Balad, north of Mogadishu.", []string{"SO"},
			[]want{{"Balad", "SO", "region2", 9179651}, {"Mogadishu", "SO", "city", 0}}},
		{"Ships unloaded at Kilindini Harbour in Mombasa.", nil,
			[]want{{"Kilindini Harbour", "KE", "feature", -2132}, {"Mombasa", "KE", "city", 0}}},
		{"Soldiers searched near Windsor and West Hants, then sent a bridge to Bedford.", []string{"CA"},
			[]want{{"Windsor", "CA", "city", 6182958}, {"West Hants", "CA", "feature", -2138}, {"Bedford", "CA", "feature", -2139}}},
		{"Navy gunfire destroyed the Rostam oil platforms and the Sassan platform near Lavan Island.", []string{"IR"},
			[]want{{"Rostam oil platforms", "IR", "feature", -2140}, {"Sassan", "IR", "feature", -2141}, {"Lavan Island", "IR", "feature", -2143}}},
		// a capitalised noun of events after a name does not make it a person's: the place
		// stays a place, before and in the event's name
		{"Troops moved to Kargil. The Kargil War ended in July.", []string{"IN"},
			[]want{{"Kargil", "IN", "city", 1267776}, {"Kargil", "IN", "city", 1267776}}},
		{"He attended the Madrid Conference.", nil, []want{{"Madrid", "ES", "city", 0}}},
		// a big city written in another transliteration needs no support abroad
		{"The last German soldiers left Mazar-i-Sharif and were shipped back to Germany.", []string{"DE"},
			[]want{{"Mazar-i-Sharif", "AF", "city", 1133616}, {"Germany", "DE", "country", 0}}},
		// the Cuban Missile Crisis, German training areas and Colombian rivers
		{"Photos showed San Julián airfield; exiles landed at the Bay of Pigs.", []string{"CU"},
			[]want{{"San Julián airfield", "CU", "feature", -2148}, {"Bay of Pigs", "CU", "feature", -2151}}},
		{"Jets landed at Logan International Airport in Boston.", nil,
			[]want{{"Logan International Airport", "US", "feature", -2149}, {"Boston", "US", "city", 0}}},
		{"Troops trained at Letzlingen in the Altmark and helped in the Ahr valley.", []string{"DE"},
			[]want{{"Letzlingen", "DE", "feature", -2155}, {"Altmark", "DE", "feature", -2156}, {"Ahr valley", "DE", "feature", -2160}}},
		{"Marines patrolled the Caquetá River near Tres Esquinas.", []string{"CO"},
			[]want{{"Caquetá River", "CO", "feature", -2162}, {"Tres Esquinas", "CO", "feature", 0}}},
		// the Tanker War: a ship's name after "aboard the" or "the crew of the", there and
		// later; "the Gulf" beside a town on its shores far from its point
		{"Sailors aboard the Stark fought the fires. The attack on the Stark cost millions.", nil, nil},
		{"Troops aboard the Mosul-bound convoy waited.", []string{"IQ"}, []want{{"Mosul", "IQ", "city", 0}}},
		{"Tankers leaving the Gulf sailed past Kuwait City.", nil,
			[]want{{"Gulf", "", "feature", -20}, {"Kuwait City", "KW", "city", 0}}},
		{"Fishermen worked in the Gulf near Tampa.", nil, []want{{"Tampa", "US", "city", 0}}},
		// a town's name after "the" before what a ship does on station is the ship (not a
		// region's: "The Crimea remained occupied")
		{"The Lincoln operated off Aceh; the Milwaukee delivered fuel.", nil, []want{{"Aceh", "ID", "region1", 0}}},
		{"The Crimea remained occupied.", nil, []want{{"Crimea", "UA", "region1", 0}}},
		// the tsunami, the Syria strikes, Lebanon and Georgia
		{"Relief reached Car Nicobar, the Andaman Islands and Nias.", []string{"IN"},
			[]want{{"Car Nicobar", "IN", "feature", -2167}, {"Andaman Islands", "IN", "feature", -2172}, {"Nias", "ID", "feature", -2174}}},
		{"Tomahawks struck Shayrat Airfield; later strikes hit Barzah and Him Shinshar.", []string{"SY"},
			[]want{{"Shayrat Airfield", "SY", "feature", -2179}, {"Barzah", "SY", "feature", -2180}, {"Him Shinshar", "SY", "feature", -2181}}},
		{"Troops fought at Maroun al-Ras near the Blue Line; an airstrike hit Qana.", []string{"LB"},
			[]want{{"Maroun al-Ras", "LB", "feature", -2183}, {"Blue Line", "", "feature", -2182}, {"Qana", "LB", "feature", -2185}}},
		{"Russian columns pushed through Java and the Kodori Gorge.", []string{"GE"},
			[]want{{"Java", "GE", "feature", -2190}, {"Kodori Gorge", "GE", "feature", -2191}}},
		{"Flights ran between Resolute Bay and Alert.", []string{"CA"},
			[]want{{"Resolute Bay", "CA", "feature", 0}, {"Alert", "CA", "feature", -1755}}},
		// negatives: a common word needs support
		{"Alert crews stood by in Texas. The Alert was sounded.", nil, []want{{"Texas", "US", "region1", 0}}},
		// a sea's name as an adjective, a pollster; Nepal's districts, Pakistan's barrages,
		// Grenada's sites
		{"The roughly 350 Caribbean troops arrived; a Gallup poll followed.", nil, nil},
		{"Ships sailed in the Caribbean.", nil, []want{{"Caribbean", "", "feature", -42}}},
		{"Marines flew to Rasuwa and Nuwakot districts and to Namche Bazaar.", []string{"NP"},
			[]want{{"Rasuwa", "NP", "feature", -2202}, {"Nuwakot", "NP", "feature", -2203}, {"Namche Bazaar", "NP", "feature", -2212}}},
		{"The Indus crested at Sukkur Barrage and Guddu Barrage.", []string{"PK"},
			[]want{{"Indus", "PK", "feature", -229}, {"Sukkur Barrage", "PK", "feature", -2222}, {"Guddu Barrage", "PK", "feature", -2223}}},
		{"Rangers jumped near True Blue and Marines took Fort Frederick.", []string{"GD"},
			[]want{{"True Blue", "GD", "feature", -2228}, {"Fort Frederick", "GD", "feature", -2231}}},
		// the Pacific war, Sudan and the Korean DMZ
		{"Marines held the Matanikau River; the Army jumped at Nadzab; Marines took Shuri Castle.", nil,
			[]want{{"Matanikau River", "SB", "feature", -2237}, {"Nadzab", "PG", "feature", -2240}, {"Shuri Castle", "JP", "feature", -2243}}},
		{"Fighting spread to Bahri; the Blue Nile River meets the White Nile at Khartoum.", []string{"SD"},
			[]want{{"Bahri", "SD", "feature", -2249}, {"Blue Nile River", "SD", "feature", -2250}, {"White Nile", "SD", "feature", -1170}, {"Khartoum", "SD", "city", 0}}},
		{"Guards at Camp Bonifas watched the Bridge of No Return and Kijong-dong.", []string{"KR"},
			[]want{{"Camp Bonifas", "KR", "feature", -2260}, {"Bridge of No Return", "", "feature", -2259}, {"Kijong-dong", "KP", "feature", -2267}}},
		// the Black Sea
		{"Barges moved to the Sulina channel; drones hit ships in Sevastopol Bay and Yevpatoria.", []string{"UA"},
			[]want{{"Sulina channel", "RO", "feature", -2271}, {"Sevastopol Bay", "UA", "feature", -2272}, {"Yevpatoria", "UA", "city", 688105}}},
		// Kosovo, Bangladesh, the Dominican Republic and Haiti; a ship after "aboard"
		{"Russian troops reached Slatina airfield outside Pristina; refugees stayed at Stenkovec.", nil,
			[]want{{"Slatina airfield", "XK", "feature", -2278}, {"Pristina", "XK", "city", 0}, {"Stenkovec", "MK", "feature", -2276}}},
		{"Helicopters flew to Hatiya and Kutubdia along the Karnaphuli River; Harriers stayed aboard Tarawa.", []string{"BD"},
			[]want{{"Hatiya", "BD", "feature", -2283}, {"Kutubdia", "BD", "feature", -2284}, {"Karnaphuli River", "BD", "feature", -2289}}},
		{"Paratroopers held the Duarte Bridge over the Ozama River; cases rose on the Central Plateau.", nil,
			[]want{{"Duarte Bridge", "DO", "feature", -2280}, {"Ozama River", "DO", "feature", -2281}, {"Central Plateau", "HT", "feature", -2297}}},
		// a division named without its generic word in the data
		{"Floods hit Chittagong Division and Dhaka Division.", []string{"BD"},
			[]want{{"Chittagong Division", "BD", "region1", 1337200}, {"Dhaka Division", "BD", "region1", 1337179}}},
		// Hawaii and Italy: a name after "Region", a command's head; a road after "Via"
		{"Navy Region Hawaii moved families to hotels in Waikiki near Fort Shafter.", []string{"US"},
			[]want{{"Waikiki", "US", "feature", -2298}, {"Fort Shafter", "US", "feature", -2304}}},
		{"Armor moved on the Via Cassia past Florence to the Po Valley.", []string{"IT"},
			[]want{{"Florence", "IT", "city", 0}, {"Po Valley", "IT", "feature", -2317}}},
		// Guam and Noto: a place after a hospital's or a service's name; the CNMI
		{"Sailors from U.S. Naval Hospital Guam sheltered in Tumon; officials in the CNMI asked for help.", []string{"GU"},
			[]want{{"Tumon", "GU", "feature", -2325}, {"CNMI", "MP", "country", 4041468}}},
		{"Troops went to Noto and Shika on the Noto Peninsula.", []string{"JP"},
			[]want{{"Noto", "JP", "feature", -2332}, {"Shika", "JP", "feature", -2334}, {"Noto Peninsula", "JP", "feature", -2333}}},
		// the Gulf of Guinea: more navies' ship prefixes, rivers
		{"The Portuguese navy's NRP Zaire joined GNS Takoradi; teams boarded ships on the Wouri River.", []string{"CM"},
			[]want{{"Wouri River", "CM", "feature", -2339}}},
		// Normandy, Peace Spring: a region of a million abroad over a theatre country's village;
		// a country after an organisation's "of" and compass words
		{"Allied troops landed in Normandy on June 6.", []string{"GB", "DE"}, []want{{"Normandy", "FR", "region1", 0}}},
		{"The village of Normandy near Guildford held a fete.", []string{"GB"},
			[]want{{"Normandy", "GB", "city", 2641447}, {"Guildford", "GB", "city", 0}}},
		{"The Autonomous Administration of North and East Syria moved to Raqqa; Rangers raided Barisha.", []string{"SY"},
			[]want{{"Raqqa", "SY", "city", 172955}, {"Barisha", "SY", "feature", -2364}}},
		// Panama in 1989: Canal Zone posts, the Chagres, its dam and lake
		{"Military police from Fort Davis patrolled Colón; troops guarded Madden Dam above Lake Alajuela.", []string{"PA"},
			[]want{{"Fort Davis", "PA", "feature", -2369}, {"Colón", "PA", "city", 0}, {"Madden Dam", "PA", "feature", -2371}, {"Lake Alajuela", "PA", "feature", -2370}}},
		// "X Island" the gazetteer lacks is the place X names
		{"Relief reached Sandwip Island; Marines landed on Culebra Island.", nil,
			[]want{{"Sandwip", "BD", "city", 1185120}, {"Culebra", "PR", "city", 4564070}}},
		// negatives: Iraq's Balad and the Arkansas spa town in their own context; a car's
		// make and model after its year
		{"Troops moved to Balad air base north of Baghdad.", []string{"IQ"},
			[]want{{"Balad", "IQ", "city", 98112}, {"Baghdad", "IQ", "city", 0}}},
		{"He was driving a 1995 Honda Accord.", nil, nil},
		// the Berlin Airlift: a town before a spelled-out Air Force Base the gazetteer lacks;
		// Berlin's rivers and the zones' fields
		{"The wing was built at Great Falls Air Force Base, Montana.", []string{"US"},
			[]want{{"Great Falls", "US", "city", 0}, {"Montana", "US", "region1", 0}}},
		{"A flying boat landed on the Havel near Gatow; aircraft left Schleswigland.", []string{"DE"},
			[]want{{"Havel", "DE", "feature", -2144}, {"Gatow", "DE", "feature", 0}, {"Schleswigland", "DE", "feature", -2146}}},
		{"The family vacationed in Hot Springs, Arkansas.", nil,
			[]want{{"Hot Springs", "US", "city", 4115412}, {"Arkansas", "US", "region1", 0}}},
	}
	checkCases(t, m, cases)
}
