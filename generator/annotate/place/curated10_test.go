package place

import "testing"

// Places of Indo-Pacific, African and Latin American briefings that the GeoNames extract lacks
// or names otherwise (curated.tsv), with their namesakes elsewhere as negatives.
func TestCuratedReviewRows(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"In Cabo Delgado, Rwandan troops guarded the gas project near Palma and Mocimboa da Praia.",
			[]want{{"Cabo Delgado", "MZ", "region1", 0}, {"Palma", "MZ", "feature", -234}, {"Mocimboa da Praia", "MZ", "city", 1037370}}},
		{"Tourists flew from Madrid to Palma.", // the Spanish city stays
			[]want{{"Madrid", "ES", "city", 0}, {"Palma", "ES", "city", 2512989}}},
		{"Marines trained on Ishigaki, Miyako and Yonaguni.",
			[]want{{"Ishigaki", "JP", "city", 0}, {"Miyako", "JP", "city", 6822158}, {"Yonaguni", "JP", "feature", -235}}},
		{"The tsunami struck Miyako in Iwate.", // the Iwate town stays
			[]want{{"Miyako", "JP", "city", 2111884}, {"Iwate", "JP", "region1", 0}}},
		{"A pier at Lombrum on Manus Island will host patrol boats.",
			[]want{{"Lombrum", "PG", "feature", -432}, {"Manus Island", "PG", "region1", 2091495}}},
		{"F-35s from Eielson and Elmendorf flew over Alaska.",
			[]want{{"Eielson", "US", "feature", -236}, {"Elmendorf", "US", "feature", -179}, {"Alaska", "US", "region1", 0}}},
		{"U.S. aircraft flew from Soto Cano in Honduras and from Comalapa in El Salvador.",
			[]want{{"U.S.", "US", "country", 0}, {"Soto Cano", "HN", "feature", 0}, {"Honduras", "HN", "country", 0},
				{"Comalapa", "SV", "feature", -237}, {"El Salvador", "SV", "country", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}

// South Ossetia, which the GeoNames extract lacks, is the region of Georgia around
// Tskhinvali, not Ossetia in Russia.
func TestCuratedSouthOssetia(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Russian troops moved from North Ossetia through the Roki tunnel into South Ossetia, toward Tskhinvali, Georgia."}, nil),
		[]want{{"North Ossetia", "RU", "region1", 0}, {"Roki tunnel", "GE", "feature", -711}, {"South Ossetia", "GE", "feature", -242}, {"Tskhinvali", "GE", "city", 0}, {"Georgia", "GE", "country", 0}})
}
