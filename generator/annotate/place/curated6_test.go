package place

import "testing"

// Islands, rivers, towns, regions and renamed posts briefings name that GeoNames lacks (curated.tsv).
func TestCuratedHomeFront(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"Guardsmen flew from Oahu to Maui after the fire in Lahaina.",
			[]want{{"Oahu", "US", "feature", -189}, {"Maui", "US", "feature", -196}, {"Lahaina", "US", "city", 0}}},
		{"A Growler crashed near Mount Rainier; its crew trained at Whidbey Island.",
			[]want{{"Mount Rainier", "US", "feature", -197}, {"Whidbey Island", "US", "feature", -1626}}},
		{"The cutter seized cocaine off Colombia and Central America.",
			[]want{{"Colombia", "CO", "country", 0}, {"Central America", "", "feature", -198}}},
		{"The carrier called at Duqm, Oman.",
			[]want{{"Duqm", "OM", "feature", -199}, {"Oman", "OM", "country", 0}}},
		{"Fort Rucker in Alabama became Fort Novosel.",
			[]want{{"Fort Rucker", "US", "city", 7259777}, {"Alabama", "US", "region1", 0}, {"Fort Novosel", "US", "city", 7259777}}},
		{"Migrants crossed the Rio Grande near Del Rio.",
			[]want{{"Rio Grande", "US", "feature", -200}, {"Del Rio", "US", "city", 0}}},
		// negatives: America alone, the towns named Rio Grande by their country, and the
		// Maryland town by its state
		{"The storm flooded Rio Grande, Puerto Rico, and Fajardo.",
			[]want{{"Rio Grande", "PR", "city", 0}, {"Puerto Rico", "PR", "country", 0}, {"Fajardo", "PR", "city", 0}}},
		{"Gauchos met in Porto Alegre; ships left Rio Grande.",
			[]want{{"Porto Alegre", "BR", "city", 0}, {"Rio Grande", "BR", "city", 0}}},
		{"Troops returned to America.", []want{{"America", "US", "country", 0}}},
		{"The council of Mount Rainier, Md., met.", []want{{"Mount Rainier", "US", "city", 4363124}, {"Md.", "US", "region1", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
