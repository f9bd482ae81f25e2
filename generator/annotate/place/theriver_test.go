package place

import "testing"

// A city's one-word name after "the", at the end of a clause or before a word that cannot go
// on a noun phrase, is the river of that name when the gazetteer has the river; before a
// noun, and written without "the", it stays the city, and a state keeps its name.
func TestTheRiver(t *testing.T) {
	m := testMatcher(t)
	ua, us := []string{"UA"}, []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Ukrainian forces crossed the Dnipro near Krynky and struck positions in Oleshky.", ua,
			[]want{{"Dnipro", "UA", "feature", -121}, {"Krynky", "UA", "feature", -276}, {"Oleshky", "UA", "city", 0}}},
		{"Russian troops shelled the Dnipro's left bank, and drones hit Dnipro overnight.", ua,
			[]want{{"Dnipro", "UA", "feature", -121}, {"Dnipro", "UA", "city", 709930}}},
		{"Boats patrolled the Dnipro.", ua,
			[]want{{"Dnipro", "UA", "feature", -121}}},
		// negatives
		{"Officials in the Dnipro region said a missile hit the Dnipro airport.", ua,
			[]want{{"Dnipro", "UA", "city", 709930}, {"Dnipro", "UA", "city", 709930}}},
		{"Residents of Dnipro sheltered as missiles struck the city.", ua,
			[]want{{"Dnipro", "UA", "city", 709930}}},
		{"Troops from the Mississippi and Alabama guard units trained at Camp Shelby.", us,
			[]want{{"Mississippi", "US", "region1", 0}, {"Alabama", "US", "region1", 0}, {"Camp Shelby", "US", "feature", -1261}}},
	})
}
