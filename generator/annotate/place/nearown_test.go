package place

import "testing"

// A small town abroad found only by another of its names needs a confident place of its own
// country nearby when nothing else in the text votes for that country.
func TestNearOwnCountry(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		// "Jokoruda" is an old spelling of Yakoruda, Bulgaria, 250 km from Zvečan
		{"Police blocked the road near Jokoruda and Zvečan in northern Kosovo.",
			[]want{{"Zvečan", "XK", "city", 0}, {"Kosovo", "XK", "country", 0}}},
		// the Kosovo village that Bansko's old name spells is a curated row
		{"Police blocked the road near Banjska and Zvečan in northern Kosovo.",
			[]want{{"Banjska", "XK", "feature", -430}, {"Zvečan", "XK", "city", 0}, {"Kosovo", "XK", "country", 0}}},
		// negative: a place of the town's own country nearby keeps it
		{"Skiers crowded Banjska and Razlog in south-western Bulgaria.",
			[]want{{"Banjska", "BG", "city", 733462}, {"Razlog", "BG", "city", 0}, {"Bulgaria", "BG", "country", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
