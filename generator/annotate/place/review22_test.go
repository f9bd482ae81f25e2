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

// Reviews of Africa Command's exercises and of the Middle East in 2023–2025: curated lakes,
// bights, gulfs, straits, regions of Africa, bases and ports; capitalised common words before
// a noun are no regions; a region after a task force's name and a dash or a comma is part of
// the name; a town's name between "the" and a ship's deed is the ship.
func TestReviewAfricaMideast(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Patrol boats worked on the shores of Lake Malawi.", nil, []want{{"Lake Malawi", "", "feature", -1678}}},
		{"Divers trained in Lake Tanganyika near Kigoma.", nil,
			[]want{{"Lake Tanganyika", "", "feature", -1679}, {"Kigoma", "TZ", "city", 0}}},
		{"Ships patrolled the Bight of Benin off Lagos and the Bight of Bonny near Douala.", nil,
			[]want{{"Bight of Benin", "", "feature", -1685}, {"Lagos", "NG", "city", 0}, {"Bight of Bonny", "", "feature", -1686}, {"Douala", "CM", "city", 0}}},
		{"The ship crossed the Gulf of Tadjoura to Obock and the Gulf of Suez.", nil,
			[]want{{"Gulf of Tadjoura", "DJ", "feature", -1687}, {"Obock", "DJ", "city", 0}, {"Gulf of Suez", "EG", "feature", -1688}}},
		{"Qatar patrolled the Gulf of Salwa.", nil,
			[]want{{"Qatar", "QA", "country", 0}, {"Gulf of Salwa", "", "feature", -1689}}},
		{"The teams trained in East Africa, Southern Africa and Central Africa.", nil,
			[]want{{"East Africa", "", "feature", -1694}, {"Southern Africa", "", "feature", -1695}, {"Central Africa", "", "feature", -1696}}},
		{"Ships transited the Strait of Tiran and the Mozambique Channel.", nil,
			[]want{{"Strait of Tiran", "", "feature", -1692}, {"Mozambique Channel", "", "feature", -1691}}},
		{"Jets flew from Hatzerim to Casamance.", nil,
			[]want{{"Hatzerim", "IL", "feature", -1703}, {"Casamance", "SN", "feature", -1698}}},
		{"The B-2s returned to Whiteman after the strike.", []string{"US"}, []want{{"Whiteman", "US", "city", 7259637}}},
		{"Fighters attacked Khasham near Deir ez-Zor.", []string{"SY"},
			[]want{{"Khasham", "SY", "city", 167899}, {"Deir ez-Zor", "SY", "city", 0}}},
		// capitalised common words before a noun; with the region's noun, the region
		{"\"Maritime security is a shared responsibility,\" said Rear Adm. Heidi Berg.", nil, nil},
		{"Plateau defenses were tested.", nil, nil},
		{"Troops deployed to the Maritime region near Lome.", []string{"TG"},
			[]want{{"Maritime region", "TG", "region1", 2365173}, {"Lome", "TG", "city", 0}}},
		// a region in a task force's name
		{"Soldiers of U.S. Army Southern European Task Force, Africa trained in Ghana.", nil,
			[]want{{"Ghana", "GH", "country", 0}}},
		{"Combined Joint Task Force – Horn of Africa medics treated patients in Djibouti.", nil,
			[]want{{"Djibouti", "DJ", "country", 0}}},
		// a ship's deed after "the"
		{"The Carney shot down four drones over the Red Sea.", nil, []want{{"Red Sea", "", "feature", -21}}},
		// negative: a town after "the" before a noun
		{"Militia fighters attacked Carney on Tuesday.", []string{"US"}, []want{{"Carney", "US", "city", 4350413}}},
	})
}
