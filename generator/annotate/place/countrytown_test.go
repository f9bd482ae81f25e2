package place

import "testing"

// A town named like a country takes a context country's bonus only with local support.
func TestCountryNamedTownContext(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		ctx   []string
		wants []want
	}{
		{"The 82nd Airborne at Fort Liberty sent a brigade to Poland.", []string{"US"},
			[]want{{"Fort Liberty", "US", "city", 0}, {"Poland", "PL", "country", 0}}},
		// negative: its own state's towns nearby keep the town
		{"Soldiers from Poland, Auburn and Lewiston in Maine trained.", []string{"US"},
			[]want{{"Poland", "US", "city", 4975603}, {"Auburn", "US", "city", 0}, {"Lewiston", "US", "city", 0}, {"Maine", "US", "region1", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, c.ctx), c.wants)
	}
}
