package place

import "testing"

// Names in a list before a plural generic word ("the Chukchi and Beaufort seas") are the
// features the gazetteer names with the generic word, even when the name alone is no key or
// a common word, and a name of two words too.
func TestListBeforePluralGeneric(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Patrols covered the Chukchi and Beaufort seas.", []string{"US"},
			[]want{{"Chukchi", "", "feature", -1610}, {"Beaufort", "", "feature", -991}}},
		{"Ships operated in the Black and Baltic seas.", nil,
			[]want{{"Black", "", "feature", -23}, {"Baltic", "", "feature", -59}}},
		{"Ships operated in the Black, Baltic and Norwegian seas.", nil,
			[]want{{"Black", "", "feature", -23}, {"Baltic", "", "feature", -59}, {"Norwegian", "", "feature", -67}}},
		{"Ships patrolled the East China and South China seas.", nil,
			[]want{{"East China", "", "feature", -58}, {"South China", "", "feature", -57}}},
		// a capitalised plural after the list
		{"Ships operated in the Red and Arabian Seas.", nil, []want{{"Red", "", "feature", -21}}},
		// negatives: no plural generic, no list
		{"The Red and Blue teams met in Texas.", nil, []want{{"Texas", "US", "region1", 4736286}}},
		{"Black and Baltic officers met.", nil, nil},
	})
}
