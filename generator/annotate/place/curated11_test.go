package place

import "testing"

// Islands, straits, seas and regions that briefings on the Aegean, the Gulf, the Western
// Pacific, Ukraine and Afghanistan name and the GeoNames extract lacks (curated.tsv).
func TestCuratedIslandsAndStraits(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Coast guard crews landed 300 migrants on Samos, Leros and Lesvos, and 500 more on Lampedusa.", nil,
			[]want{{"Samos", "GR", "feature", -243}, {"Leros", "GR", "feature", -244}, {"Lesvos", "GR", "region2", 258465}, {"Lampedusa", "IT", "feature", -245}}},
		{"Iran reinforced Abu Musa and the Greater Tunb while tankers loaded at Kharg Island.", nil,
			[]want{{"Iran", "IR", "country", 0}, {"Abu Musa", "IR", "feature", -247}, {"Greater Tunb", "IR", "feature", -248}, {"Kharg Island", "IR", "feature", -246}}},
		{"Chinese coast guard ships sailed near the Senkaku Islands and the Paracels, and Russian troops drilled on the Kuril Islands.", nil,
			[]want{{"Senkaku Islands", "JP", "feature", -251}, {"Paracels", "", "feature", -250}, {"Kuril Islands", "RU", "feature", -252}}},
		{"Marines on Baengnyeong Island watched the Northern Limit Line; Dokdo lies far to the east.", nil,
			[]want{{"Baengnyeong Island", "KR", "feature", -254}, {"Northern Limit Line", "KR", "feature", -1197}, {"Dokdo", "KR", "feature", -253}}},
		{"Russian forces in the Donbas were resupplied across the Kerch Strait; Ukrainian troops landed on the Kinburn Spit.", nil,
			[]want{{"Donbas", "UA", "feature", -259}, {"Kerch Strait", "", "feature", -260}, {"Kinburn Spit", "UA", "feature", -266}}},
		{"The carrier transited the Suez Canal into the Red Sea, bound for the Horn of Africa.", nil,
			[]want{{"Suez Canal", "EG", "feature", -261}, {"Red Sea", "", "feature", 0}, {"Horn of Africa", "", "feature", -264}}},
		{"Al-Qaida fighters fled Tora Bora into the Hindu Kush.", nil,
			[]want{{"Tora Bora", "AF", "feature", -263}, {"Hindu Kush", "", "feature", -262}}},
		{"Christian families returned to the Nineveh Plains east of Mosul.", nil,
			[]want{{"Nineveh Plains", "IQ", "feature", -265}, {"Mosul", "IQ", "city", 0}}},
		{"Patrols crossed the Sulu Sea and the Celebes Sea from Palawan.", nil,
			[]want{{"Sulu Sea", "", "feature", -267}, {"Celebes Sea", "", "feature", -268}, {"Palawan", "PH", "region2", 1696177}}},
		{"NATO ships exercised in the Adriatic and the Arctic Ocean; Kuwaiti forces guarded Bubiyan and Failaka Island.", nil,
			[]want{{"Adriatic", "", "feature", -269}, {"Arctic Ocean", "", "feature", -270}, {"Bubiyan", "KW", "feature", -256}, {"Failaka Island", "KW", "feature", -257}}},
		{"Arctic conditions slowed the convoy.", nil, nil}, // the adjective is no place
	})
}

// Bases, towns, bridges and corridors of recent briefings that the GeoNames extract lacks or
// spells otherwise (curated.tsv).
func TestCuratedBasesAndCorridors(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Russian jets flew from Hmeimim Air Base; Israeli missiles struck the T-4 air base.", []string{"SY"},
			[]want{{"Hmeimim Air Base", "SY", "feature", -271}, {"T-4 air base", "SY", "feature", -272}}},
		{"Partner forces cleared Shirqat, Jalawla and Ras al-Ain, and trained at Habbaniyah and Harir.", []string{"IQ", "SY"},
			[]want{{"Shirqat", "IQ", "city", 91057}, {"Jalawla", "IQ", "feature", -273}, {"Ras al-Ain", "SY", "city", 165509},
				{"Habbaniyah", "IQ", "feature", -274}, {"Harir", "IQ", "feature", -275}}},
		{"Marines held Krynky; inspectors stayed at the Zaporizhzhia Nuclear Power Plant; drones hit the Crimean Bridge and the Antonivskyi Bridge; defenders left Azovstal.", []string{"UA"},
			[]want{{"Krynky", "UA", "feature", -276}, {"Zaporizhzhia Nuclear Power Plant", "UA", "feature", -277}, {"Crimean Bridge", "", "feature", -278},
				{"Antonivskyi Bridge", "UA", "feature", -279}, {"Azovstal", "UA", "feature", -280}}},
		{"Troops withdrew from the Netzarim Corridor and the Philadelphi Corridor.", []string{"IL", "PS"},
			[]want{{"Netzarim Corridor", "PS", "feature", -281}, {"Philadelphi Corridor", "PS", "feature", -282}}},
		{"Aircraft moved from Clark Air Base and MCAS Futenma to Apra Harbor; analysts at Pine Gap watched.", nil,
			[]want{{"Clark Air Base", "PH", "feature", -283}, {"MCAS Futenma", "JP", "feature", -284}, {"Apra Harbor", "GU", "feature", -286}, {"Pine Gap", "AU", "feature", -285}}},
		{"Al-Shabaab attacked Manda Bay; troops returned to Camp Victory.", nil,
			[]want{{"Manda Bay", "KE", "feature", -287}, {"Camp Victory", "IQ", "feature", -288}}},
	})
}

// Border towns and crossings of briefings on Israel, Gaza and Lebanon that the GeoNames extract
// lacks (curated.tsv). Apostrophes fold, so "Reim" and "Beeri" are these kibbutzim too.
func TestCuratedGazaLebanonBorder(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Hamas gunmen attacked Be'eri, Kfar Aza, Nir Oz, Nahal Oz and the festival near Kibbutz Reim; aid entered at the Erez crossing and Zikim and was taken to Al-Mawasi."}, []string{"IL", "PS"}),
		[]want{{"Be'eri", "IL", "feature", -295}, {"Kfar Aza", "IL", "feature", -296}, {"Nir Oz", "IL", "feature", -297}, {"Nahal Oz", "IL", "feature", -298},
			{"Kibbutz Reim", "IL", "feature", -299}, {"Erez crossing", "IL", "feature", -302}, {"Zikim", "IL", "feature", -301}, {"Al-Mawasi", "PS", "feature", -303}})
	check(t, m.Resolve([]string{"Hezbollah fired rockets at Metula, Misgav Am, Margaliot, Avivim, Shtula and Zar'it; Israeli jets struck Dahiyeh."}, []string{"IL", "LB"}),
		[]want{{"Metula", "IL", "feature", -289}, {"Misgav Am", "IL", "feature", -291}, {"Margaliot", "IL", "feature", -290}, {"Avivim", "IL", "feature", -292},
			{"Shtula", "IL", "feature", -293}, {"Zar'it", "IL", "feature", -294}, {"Dahiyeh", "LB", "feature", -304}})
}

// Sites of briefings on Korea, Afghanistan, the Sahel, NATO's eastern flank and Latin America
// that the GeoNames extract lacks or spells otherwise (curated.tsv).
func TestCuratedSitesByTheatre(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Satellite images showed work at Punggye-ri, Sohae and Sinpo; South Korean ships left Jinhae, and the THAAD battery in Seongju stood ready.", []string{"KP", "KR"},
			[]want{{"Punggye-ri", "KP", "feature", -305}, {"Sohae", "KP", "feature", -306}, {"Sinpo", "KP", "feature", -307},
				{"Jinhae", "KR", "feature", -308}, {"Seongju", "KR", "feature", -309}}},
		{"Marines cleared Marjah, soldiers held the Korengal, trucks waited at Torkham, and the bomber struck at Abbey Gate.", []string{"AF"},
			[]want{{"Marjah", "AF", "feature", -310}, {"Korengal", "AF", "feature", -13}, {"Torkham", "AF", "feature", -312}, {"Abbey Gate", "AF", "feature", -313}}},
		{"Aegis Ashore sites at Deveselu and Redzikowo, and troops at Cincu and Rukla, guard NATO's eastern flank.", []string{"RO", "PL", "LT"},
			[]want{{"Deveselu", "RO", "region2", 679447}, {"Redzikowo", "PL", "feature", -316}, {"Cincu", "RO", "feature", -317}, {"Rukla", "LT", "feature", -318}}},
		{"Militants moved across Liptako-Gourma; al-Shabaab held Barawe.", nil,
			[]want{{"Liptako-Gourma", "", "feature", -319}, {"Barawe", "SO", "feature", -469}}},
		{"Helicopters flew from Palmerola to Howard Air Force Base and Tolemaida.", nil,
			[]want{{"Palmerola", "HN", "feature", -160}, {"Howard Air Force Base", "PA", "feature", -314}, {"Tolemaida", "CO", "feature", -315}}},
	})
}
