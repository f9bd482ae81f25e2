package place

import "testing"

// Landing grounds, islands, towns and air bases of exercises and commemorations that GeoNames
// lacks (curated.tsv).
func TestCuratedExercises(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"Paratroopers jumped over Sainte-Mère-Église and wreaths were laid at Omaha Beach.",
			[]want{{"Sainte-Mère-Église", "FR", "feature", -204}, {"Omaha Beach", "FR", "feature", -206}}},
		{"The cemetery at Colleville-sur-Mer overlooks the Channel.",
			[]want{{"Colleville-sur-Mer", "FR", "feature", -205}}},
		{"Polish veterans climbed to the abbey at Monte Cassino above Anzio.",
			[]want{{"Monte Cassino", "IT", "feature", -207}, {"Anzio", "IT", "city", 0}}},
		{"A field hospital opened in Ben Guerir, and troops landed at Agadir.",
			[]want{{"Ben Guerir", "MA", "feature", -208}, {"Agadir", "MA", "city", 0}}},
		{"Marines on Yeonpyeong Island fired artillery; engineers cleared mines near Cheorwon.",
			[]want{{"Yeonpyeong Island", "KR", "feature", -209}, {"Cheorwon", "KR", "feature", -212}}},
		{"Transports flew from U-Tapao to Sattahip.",
			[]want{{"U-Tapao", "TH", "feature", -210}, {"Sattahip", "TH", "city", 0}}},
		{"Coast guards from Barbados and Antigua trained in Belize.",
			[]want{{"Barbados", "BB", "country", 0}, {"Antigua", "AG", "feature", -211}, {"Belize", "BZ", "country", 0}}},
		{"Troops near Oddar Meanchey held their fire.",
			[]want{{"Oddar Meanchey", "KH", "region1", 1822210}}},
		// negatives: the namesakes by their own full names
		{"The Cubs played in Omaha, Nebraska.", []want{{"Omaha", "US", "city", 0}, {"Nebraska", "US", "region1", 0}}},
		{"Tourists visited Antigua Guatemala and Guatemala City.",
			[]want{{"Antigua Guatemala", "GT", "city", 0}, {"Guatemala City", "GT", "city", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
