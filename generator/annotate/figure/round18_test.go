package figure

import "testing"

// Rules from new test paragraphs on Middle East operations, disaster relief in the
// Indo-Pacific, commemorations and budget briefings.

func TestFindPeopleBeforeVerb(t *testing.T) {
	// a capitalised plural naming people ends the counted noun before a verb
	checkFind(t, "In the Battle of the Bulge, about 24,000 Americans became casualties, and 500 Iraqis fled villages.", []want{
		{"about 24,000 Americans", "about 24000 count:American", Count}, {"500 Iraqis", "500 count:Iraqi", Count}})
	// negatives: a lower-case modifier before the noun, and a name's plural before a noun
	checkFind(t, "There were 24,000 American casualties and 400 Green Berets serving.", []want{
		{"24,000 American casualties", "24000 count:American casualty", Count}, {"400 Green Berets", "400 count:Green Beret", Count}})
}

func TestFindWeaponNameInCapitals(t *testing.T) {
	checkFind(t, "The destroyers fired roughly 155 Standard Missiles and 12 Hellfire Missiles.", []want{
		{"roughly 155 Standard Missiles", "roughly 155 count:Standard Missile", Count}, {"12 Hellfire Missiles", "12 count:Hellfire Missile", Count}})
	// negative: a name in capitals that is no weapon
	checkFind(t, "The town has 150 Main Streets.", []want{{"150", "150 number", Number}})
}

func TestFindSuch(t *testing.T) {
	checkFind(t, "There were fewer than 20 such incidents and two such attacks.", []want{
		{"fewer than 20 such incidents", "fewer-than 20 count:incident", Count}, {"two such attacks", "2 count:attack", Count}})
	// negative: "such" with no noun after it
	checkFind(t, "He counted 20 such.", []want{{"20", "20 number", Number}})
}

func TestFindMagnitude(t *testing.T) {
	checkFind(t, "A magnitude 7.8 earthquake struck; a 7.5-magnitude quake followed, then a quake of magnitude 6.3.", []want{
		{"magnitude 7.8", "7.8 magnitude", Other}, {"7.5-magnitude", "7.5 magnitude", Other}, {"magnitude 6.3", "6.3 magnitude", Other}})
	// negatives: a star's magnitude is no earthquake's, and a number after "magnitude of"
	checkFind(t, "The star shines at 5.12 magnitude, a magnitude of 3 on this scale.", []want{
		{"5.12", "5.12 number", Number}, {"3", "3 number", Number}})
}

func TestFindOverDuring(t *testing.T) {
	// "over" a duration after what was done or moved is the time it took
	checkFind(t, "Airmen moved 3.4 million pounds of cargo over 16 days and logged 71 incursions over 24 hours.", []want{
		{"3.4 million pounds", "3400000 lb", Mass}, {"16 days", "16 day", Duration}, {"71 incursions", "71 count:incursion", Count}, {"24 hours", "24 hour", Duration}})
	// negatives: after a verb or a preposition it is "more than"
	checkFind(t, "He served over 20 years, was held for over 16 days and the siege lasted over two weeks.", []want{
		{"over 20 years", "over 20 year", Duration}, {"over 16 days", "over 16 day", Duration}, {"over two weeks", "over 2 week", Duration}})
}

func TestFindWithin(t *testing.T) {
	checkFind(t, "The destroyer passed within 12 nautical miles of the island and must report within 72 hours.", []want{
		{"within 12 nautical miles", "up-to 12 nmi", Length}, {"within 72 hours", "up-to 72 hour", Duration}})
	// negatives: "within a day" says when, "within a week or two" is a range
	checkFind(t, "They left within a day, and some within a week or two.", []want{{"a week or two", "1-2 week", Duration}})
}

func TestFindStormCategory(t *testing.T) {
	checkFind(t, "A Category 4 storm hit Guam, and Category 5 Super Typhoon Haiyan struck Tacloban.", []want{
		{"Category 4", "4 category", Other}, {"Category 5", "5 category", Other}})
	// negative: a category of no storm
	checkFind(t, "The Category 2 list grew.", nil)
}

func TestFindCalibre(t *testing.T) {
	// a calibre before a weapon's or a munition's noun names it and is no figure; after a
	// number it is part of the counted noun
	checkFind(t, "Crews fired 155 mm artillery rounds from a 30 mm cannon and 28,000 155 mm shells a month; two dozen 105 mm howitzers arrived.", []want{
		{"28,000 155 mm shells a month", "28000 count:155 mm shell/month", Count}, {"two dozen 105 mm howitzers", "24 count:105 mm howitzer", Count}})
	// negatives: a width, and rain
	checkFind(t, "The round is 155 mm wide; about 155 mm of rain fell.", []want{
		{"155 mm", "155 mm", Length}, {"about 155 mm", "about 155 mm", Length}})
}

func TestFindVagueMeasure(t *testing.T) {
	// a vague plural multiple of a unit of measure is an amount of that unit
	checkFind(t, "Radars track objects thousands of miles away, and hundreds of hours of training followed.", []want{
		{"thousands of miles", "about 3000 mi", Length}, {"hundreds of hours", "about 300 hour", Duration}})
}

func TestFindSingularInS(t *testing.T) {
	// a capitalised word in -is or -us is no plural name ("Five Eyes"): the noun after it counts
	checkFind(t, "Three Aegis destroyers and two Pegasus rockets took part; the silos will be refurbished over nine years.", []want{
		{"Three Aegis destroyers", "3 count:Aegis destroyer", Count}, {"two Pegasus rockets", "2 count:Pegasus rocket", Count},
		{"nine years", "9 year", Duration}})
	checkFind(t, "Five Eyes partners met.", nil)
}

func TestFindGridLineAndHull(t *testing.T) {
	// a grid line's number names it, and so do a hull's letters that spell a word
	checkFind(t, "At the Battle of 73 Easting, tanks destroyed 28 T-72s; USS Emory S. Land (AS 39) arrived.", []want{
		{"28 T-72s", "28 count:T-72", Count}})
	// minus degrees are a temperature
	checkFind(t, "Temperatures fell below minus 40 degrees.", []want{{"below minus 40 degrees", "under -40 deg", Temperature}})
}

func TestFindEachYearAndTemperatures(t *testing.T) {
	// "each" and "every" before a unit of time make a rate
	checkFind(t, "The depot trains roughly 17,000 recruits each year and 600 dogs every year.", []want{
		{"roughly 17,000 recruits each year", "roughly 17000 count:recruit/year", Count}, {"600 dogs every year", "600 count:dog/year", Count}})
	// degrees in a clause about temperatures are a temperature, its scale unsaid; a turn's are not
	checkFind(t, "Summer temperatures regularly reach 120 degrees. The turret turned 45 degrees.", []want{
		{"120 degrees", "120 deg", Temperature}, {"45 degrees", "45 deg", Other}})
	// a four-digit time of day after "at" is no figure
	checkFind(t, "The convoy reached Port Sudan at 2130 the following day and left at 1400 local.", nil)
}

func TestFindStarRank(t *testing.T) {
	// "two-star" is a rank, no count of stars; a count of generals of a rank counts them
	checkFind(t, "Is the two-star going to testify? A three-star general and two four-star admirals spoke.", []want{
		{"two four-star admirals", "2 count:four-star admiral", Count}})
}

func TestFindLongAcronymModel(t *testing.T) {
	// an acronym of five letters or more joined by a hyphen to a number is a model's name
	checkFind(t, "Landstuhl received some 400 COVID-19 patients; two NASAMS-2 batteries arrived.", []want{
		{"some 400 COVID-19 patients", "some 400 count:COVID-19 patient", Count}, {"two NASAMS-2 batteries", "2 count:NASAMS-2 battery", Count}})
}

func TestFindExceeding(t *testing.T) {
	checkFind(t, "Costs exceeding $1.1 billion and speeds exceeding Mach 5.", []want{
		{"exceeding $1.1 billion", "more-than 1100000000 USD", Money}, {"exceeding Mach 5", "more-than 5 Mach", Speed}})
}
