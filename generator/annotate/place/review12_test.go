package place

import "testing"

// "X on Y", like "X in Y", puts X in the island or region Y: "Souda Bay on Crete" is the Greek
// island, not Crete, Illinois, though the text names the United States.
func TestOnIsland(t *testing.T) {
	checkCountries(t, []countryCase{
		{"Destroyers based at Naval Station Rota in Spain patrol the Mediterranean, and P-8 aircraft operate from Souda Bay on Crete. The U.S. keeps nuclear weapons at Incirlik in Turkey.", "Crete", "GR"},
		{"F-16s from Aviano and Spangdahlem flew over Poland; P-8s flew from Souda Bay on Crete. The U.S. keeps bombs at Incirlik in Turkey and ships at Rota in Spain.", "Crete", "GR"},
		// no place before "on": nothing changes
		{"Mayors of Chicago and Joliet met in Crete on Monday; the U.S. attorney attended.", "Crete", "US"},
		// "on" between two countries is no containment
		{"Sanctions by Russia on Ukraine's grain were discussed in Kyiv.", "Russia", "RU"},
	})
}

// A name between "the" and a noun of a warship names the ship: "the Moskva cruiser" is no
// Moscow, "the Kursk submarine" no Kursk (warshipAhead); a compound ("the Sevastopol
// submarine base") and a lower-case "the" missing leave the place.
func TestWarshipAhead(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"The Moskva cruiser sank off Odesa in April 2022. The Kursk submarine was lost in 2000."}, nil),
		[]want{{"Odesa", "UA", "city", 0}})
	check(t, m.Resolve([]string{"Ukraine said the Moskva cruiser was hit by two Neptune missiles near Odesa."}, nil),
		[]want{{"Ukraine", "UA", "country", 0}, {"Odesa", "UA", "city", 0}})
	// negatives: a compound, a place after the noun, no "the", a region
	checkCountries(t, []countryCase{
		{"Drones hit the Sevastopol submarine base and the harbour of Sevastopol.", "Sevastopol", "UA"},
		{"The cruiser sailed from Sevastopol to Novorossiysk.", "Novorossiysk", "RU"},
		{"Troops left the Kursk region as a Kursk destroyer unit moved.", "Kursk region", "RU"},
		{"Moscow cruiser exports fell, officials in Moscow said.", "Moscow", "RU"},
	})
}

// Places of briefings on Ukraine and Iran that the GeoNames extract lacks (curated.tsv), with a
// namesake's text as a negative.
func TestCuratedReview12Rows(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Russian forces took Avdiivka and then broke through at Ocheretyne in Donetsk Oblast."}, nil),
		[]want{{"Avdiivka", "UA", "city", 713122}, {"Ocheretyne", "UA", "feature", -238}, {"Donetsk Oblast", "UA", "region1", 0}})
	check(t, m.Resolve([]string{"Israeli jets struck Natanz and Isfahan; Iran said the centrifuges at Natanz were damaged."}, nil),
		[]want{{"Natanz", "IR", "feature", -239}, {"Isfahan", "IR", "city", 0}, {"Iran", "IR", "country", 0}, {"Natanz", "IR", "feature", -239}})
	// the Russian spelling names the same settlement; the Kyiv region's Ocheretnya is another name
	checkCountries(t, []countryCase{
		{"Russian bloggers claimed Ocheretino near Avdiivka.", "Ocheretino", "UA"},
		{"Farmers near Ocheretnya in Zhytomyr Oblast harvested wheat.", "Ocheretyne", ""},
	})
}
