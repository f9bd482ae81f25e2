package place

import "testing"

// A region's suffix written with a capital is the region, not a longer proper name; "county"
// before a name that only a first-level region has is that region.
func TestCapitalisedSuffix(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"Russian glide bombs hit a rail hub in Donetsk Oblast and villages in Luhansk oblast.",
			[]want{{"Donetsk Oblast", "UA", "region1", 709716}, {"Luhansk oblast", "UA", "region1", 702657}}},
		{"F-16s flew to Misawa Air Base in Aomori Prefecture; Okinawa prefecture protested.",
			[]want{{"Misawa Air Base", "JP", "feature", -527}, {"Aomori Prefecture", "JP", "region1", 2130656}, {"Okinawa prefecture", "JP", "region1", 1854345}}},
		{"Officials said Lamu county remained on alert, as did Harris County.",
			[]want{{"Lamu county", "KE", "region1", 7667643}, {"Harris County", "US", "region2", 4696376}}},
		// negatives: a capitalised word that is no suffix still makes a longer name, and a
		// suffix the name has no region for leaves the name alone
		{"The Donetsk Mining Institute reopened in Kyiv.", []want{{"Kyiv", "UA", "city", 0}}},
		{"Troops moved through Sudzha Prefecture and into Sudzha.", []want{{"Sudzha", "RU", "city", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
