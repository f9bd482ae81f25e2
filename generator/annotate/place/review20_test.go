package place

import "testing"

// Reviews of First World War commemorations: battlefields, villages and rivers the GeoNames
// extract lacks (a river that shares a département's name is the river after "the", the
// département before "department"), former states and colonies.

func TestCuratedFirstWorldWar(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Marines fought at Belleau Wood and Bouresches, then the division crossed the Marne at Château-Thierry.", []string{"FR"},
			[]want{{"Belleau Wood", "FR", "feature", -1090}, {"Bouresches", "FR", "feature", -1109}, {"Marne", "FR", "feature", -1102}, {"Château-Thierry", "FR", "city", 0}}},
		{"The offensive between the Meuse River and the Argonne Forest ended near Romagne-sous-Montfaucon; the St. Mihiel American Cemetery lies at Thiaucourt.", []string{"FR"},
			[]want{{"Meuse River", "FR", "feature", -1103}, {"Argonne Forest", "FR", "feature", -1091}, {"Romagne-sous-Montfaucon", "FR", "feature", -1112},
				{"St. Mihiel", "FR", "city", 2977948}, {"Thiaucourt", "FR", "feature", -1110}}},
		{"Austria-Hungary held the Isonzo River line; Anzac troops landed at Anzac Cove and Cape Helles; the fleet sailed from Scapa Flow.", nil,
			[]want{{"Austria-Hungary", "AT", "feature", -1117}, {"Isonzo River", "SI", "feature", -1106}, {"Anzac Cove", "TR", "feature", -1095},
				{"Cape Helles", "TR", "feature", -1094}, {"Scapa Flow", "GB", "feature", -1096}}},
		// the département, by its suffix
		{"Floods hit the Meuse department and the Loire department.", []string{"FR"},
			[]want{{"Meuse department", "FR", "region2", 2994106}, {"Loire department", "FR", "region2", 0}}},
	})
}

// "department" names a first-level region where departments are first-level, a second-level
// one in France; "department of" is an office.
func TestDepartmentSuffix(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Troops patrolled Nariño department and the Putumayo department.", []string{"CO"},
			[]want{{"Nariño department", "CO", "region1", 0}, {"Putumayo department", "CO", "region1", 0}}},
		{"The Texas department of transportation closed roads.", []string{"US"},
			[]want{{"Texas", "US", "region1", 0}}},
	})
}
