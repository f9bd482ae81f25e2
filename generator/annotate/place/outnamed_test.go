package place

import "testing"

// A small town found by one of its other names does not take a name from a town at least as
// big that bears it as its own on the strength of the text's country or theatre alone; a
// place named near it still chooses it (outnamedAlternate).
func TestOutnamedAlternate(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		// Roth, Bavaria, is called Rota in some languages; the naval station is at Rota, Spain.
		{"Soldiers flew from Ramstein to Rota on Tuesday.", []string{"DE", "PL"},
			[]want{{"Ramstein", "DE", "feature", -99}, {"Rota", "ES", "city", 2511700}}},
		{"Soldiers flew from Ramstein to Rota on Tuesday.", nil,
			[]want{{"Ramstein", "DE", "feature", -99}, {"Rota", "ES", "city", 2511700}}},
		{"Marines trained on Tinian and Rota in the Northern Marianas.", nil,
			[]want{{"Tinian", "MP", "region1", 0}, {"Rota", "MP", "region1", 0}, {"Northern Marianas", "MP", "country", 0}}},
		// negative: the towns around it choose it
		{"The convoy drove from Nuremberg through Schwabach to Rota.", []string{"DE"},
			[]want{{"Nuremberg", "DE", "city", 0}, {"Schwabach", "DE", "city", 0}, {"Rota", "DE", "city", 2844265}}},
	})
}
