package place

import "testing"

// Rivers that briefings name and the GeoNames extract lacks (curated.tsv): the river with its
// generic word, the country or city of the same name without it.
func TestCuratedRivers(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"French forces left Niger; the Niger River flooded near Niamey.",
			[]want{{"Niger", "NE", "country", 0}, {"Niger River", "", "feature", -220}, {"Niamey", "NE", "city", 0}}},
		{"Officials in Jordan said the Jordan River is low south of the Litani.",
			[]want{{"Jordan", "JO", "country", 0}, {"Jordan River", "", "feature", -221}, {"Litani", "LB", "feature", -222}}},
		{"Floods on the Kabul River reached Jalalabad; Kabul was quiet.",
			[]want{{"Kabul River", "AF", "feature", -228}, {"Jalalabad", "AF", "city", 0}, {"Kabul", "AF", "city", 0}}},
		{"Barges on the Volga River and the Han River in Seoul.",
			[]want{{"Volga River", "RU", "feature", -226}, {"Han River", "KR", "feature", -232}, {"Seoul", "KR", "city", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
