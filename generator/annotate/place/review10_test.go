package place

import "testing"

// A national capital is a name whatever its size: a namesake town elsewhere does not make it
// need support ("Sao Tome" is not São Tomé, Brazil, and is shown on its own).
func TestCapitalNeedsNoSupport(t *testing.T) {
	m := testMatcher(t)
	check(t, m.Resolve([]string{"Navies discussed patrols off Sao Tome."}, nil),
		[]want{{"Sao Tome", "ST", "city", 2410763}})
	check(t, m.Resolve([]string{"Officials visited Sao Tome on Monday."}, nil),
		[]want{{"Sao Tome", "ST", "city", 2410763}})
	// a town of such a name that is no capital still needs support
	check(t, m.Resolve([]string{"The mayor of Sao Tome spoke on Monday."}, []string{"BR"}),
		[]want{{"Sao Tome", "BR", "city", 3388092}})
}

// Two spellings in one text are two places: "Goris" beside "Gori" is Goris, Armenia, not
// Gori, Georgia, which GeoNames also calls Goris (otherSpelling).
func TestOtherSpelling(t *testing.T) {
	checkCountries(t, []countryCase{
		{"Azerbaijani forces took Stepanakert and most Armenians fled to Goris. Georgia watched Russian troops near Tskhinvali and Gori. Armenia's army in Yerevan bought artillery.", "Goris", "AM"},
		{"Azerbaijani forces took Stepanakert and most Armenians fled to Goris. Georgia watched Russian troops near Tskhinvali and Gori. Armenia's army in Yerevan bought artillery.", "Gori", "GE"},
		// one place under two spellings, when no place of the other spelling's size has it
		{"Russian missiles hit Kyiv on Monday; officials in Kiev said power was cut in Lviv.", "Kiev", "UA"},
		// a text that writes only the other spelling is not touched
		{"Russian troops in Georgia stayed near Tskhinvali and Goris.", "Goris", "GE"},
	})
}
