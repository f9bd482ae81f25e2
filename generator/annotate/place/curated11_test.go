package place

import "testing"

// Islands, straits, seas and regions that briefings on the Aegean, the Gulf, the Western
// Pacific, Ukraine and Afghanistan name and the GeoNames extract lacks (curated.tsv).
func TestCuratedIslandsAndStraits(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"Coast guard crews landed 300 migrants on Samos, Leros and Lesvos, and 500 more on Lampedusa.",
			[]want{{"Samos", "GR", "feature", -243}, {"Leros", "GR", "feature", -244}, {"Lesvos", "GR", "region2", 258465}, {"Lampedusa", "IT", "feature", -245}}},
		{"Iran reinforced Abu Musa and the Greater Tunb while tankers loaded at Kharg Island.",
			[]want{{"Iran", "IR", "country", 0}, {"Abu Musa", "IR", "feature", -247}, {"Greater Tunb", "IR", "feature", -248}, {"Kharg Island", "IR", "feature", -246}}},
		{"Chinese coast guard ships sailed near the Senkaku Islands and the Paracels, and Russian troops drilled on the Kuril Islands.",
			[]want{{"Senkaku Islands", "JP", "feature", -251}, {"Paracels", "", "feature", -250}, {"Kuril Islands", "RU", "feature", -252}}},
		{"Marines on Baengnyeong Island watched the Northern Limit Line; Dokdo lies far to the east.",
			[]want{{"Baengnyeong Island", "KR", "feature", -254}, {"Dokdo", "KR", "feature", -253}}},
		{"Russian forces in the Donbas were resupplied across the Kerch Strait; Ukrainian troops landed on the Kinburn Spit.",
			[]want{{"Donbas", "UA", "feature", -259}, {"Kerch Strait", "", "feature", -260}, {"Kinburn Spit", "UA", "feature", -266}}},
		{"The carrier transited the Suez Canal into the Red Sea, bound for the Horn of Africa.",
			[]want{{"Suez Canal", "EG", "feature", -261}, {"Red Sea", "", "feature", 0}, {"Horn of Africa", "", "feature", -264}}},
		{"Al-Qaida fighters fled Tora Bora into the Hindu Kush.",
			[]want{{"Tora Bora", "AF", "feature", -263}, {"Hindu Kush", "", "feature", -262}}},
		{"Christian families returned to the Nineveh Plains east of Mosul.",
			[]want{{"Nineveh Plains", "IQ", "feature", -265}, {"Mosul", "IQ", "city", 0}}},
		{"Patrols crossed the Sulu Sea and the Celebes Sea from Palawan.",
			[]want{{"Sulu Sea", "", "feature", -267}, {"Celebes Sea", "", "feature", -268}, {"Palawan", "PH", "feature", -255}}},
		{"NATO ships exercised in the Adriatic and the Arctic Ocean; Kuwaiti forces guarded Bubiyan and Failaka Island.",
			[]want{{"Adriatic", "", "feature", -269}, {"Arctic Ocean", "", "feature", -270}, {"Bubiyan", "KW", "feature", -256}, {"Failaka Island", "KW", "feature", -257}}},
		{"Arctic conditions slowed the convoy.", nil}, // the adjective is no place
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
