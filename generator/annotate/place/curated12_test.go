package place

import "testing"

// Training areas, garrisons and air bases of NATO's eastern flank that briefings on Atlantic
// Resolve name and the GeoNames extract lacks (curated.tsv).
func TestCuratedEasternFlank(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The 10th Armored Cavalry Brigade at Swietoszow, Poland, hosted the exercise.", nil,
			[]want{{"Swietoszow", "PL", "feature", -326}, {"Poland", "PL", "country", 0}}},
		{"Tanks rolled out of Świętoszów toward Żagań.", []string{"PL"},
			[]want{{"Świętoszów", "PL", "feature", -326}, {"Żagań", "PL", "city", 0}}},
		{"The battle group at Bemowo Piskie in Poland drilled with Polish troops.", nil,
			[]want{{"Bemowo Piskie", "PL", "feature", -328}, {"Poland", "PL", "country", 0}}},
		{"F-16s deployed to Graf Ignatievo Air Base.", []string{"BG"},
			[]want{{"Graf Ignatievo Air Base", "BG", "feature", -330}}},
		{"Troops trained at Novo Selo Training Area in Bulgaria.", nil,
			[]want{{"Novo Selo Training Area", "BG", "feature", -327}, {"Bulgaria", "BG", "country", 0}}},
		{"U.S. and Bulgarian troops fired live rounds at Novo Selo.", []string{"BG"},
			[]want{{"U.S.", "US", "country", 0}, {"Novo Selo", "BG", "feature", -327}}},
		// The town of North Macedonia keeps its name where the text is about it.
		{"Voters in Novo Selo and Strumica went to the polls.", []string{"MK"},
			[]want{{"Novo Selo", "MK", "city", 787574}, {"Strumica", "MK", "city", 0}}},
	})
}
