package figure

import "testing"

func TestFindBareRate(t *testing.T) {
	// a bare number followed by "per" or "a" and a unit of time is a rate
	checkFind(t, "Arrests fell to about 300 per day, from 8,000 a day; 2,000 to 3,000 a week.", []want{
		{"about 300 per day", "about 300 number/day", Number}, {"8,000 a day", "8000 number/day", Number},
		{"2,000 to 3,000 a week", "2000-3000 number/week", Number}})
	// not before a word that places a time, nor after another unit of measure
	checkFind(t, "It fired 4 a day later; he scored 5 per game and it was 3 a year ago.", []want{
		{"4", "4 number", Number}, {"5", "5 number", Number}, {"3", "3 number", Number}})
}

func TestFindBelowZero(t *testing.T) {
	// "below zero" after a number or degrees, and "below" ending a clause of temperatures
	checkFind(t, "It was 30 degrees below zero, then 40 below zero. The wind chill hit 45 below. Temperatures were 20 below.", []want{
		{"30 degrees below zero", "-30 deg", Temperature}, {"40 below zero", "-40 deg", Temperature},
		{"45 below", "-45 degF", Temperature}, {"20 below", "-20 deg", Temperature}})
	// not below anything else, nor "below" at a clause's end with no temperature
	checkFind(t, "The diver went 40 below the surface. He shot 3 below. It was 10 degrees below the ridge.", []want{
		{"40", "40 number", Number}, {"3", "3 number", Number}, {"10 degrees", "10 deg", Other}})
}

func TestFindPartOfUnit(t *testing.T) {
	// a part of a whole with a unit takes the unit, also after "first", "last" or "past"
	checkFind(t, "Seas halted work on 10 of the first 25 days and 3 of the 12 miles were paved.", []want{
		{"10", "10 day", Duration}, {"25 days", "25 day", Duration}, {"3", "3 mi", Length}, {"12 miles", "12 mi", Length}})
	// a counted whole is still counted; a percentage or money lends no unit
	checkFind(t, "It hit 4 of the last 9 drones; 2 of the 5 percent and 1 of the $3 went.", []want{
		{"4", "4 count:drone", Count}, {"9 drones", "9 count:drone", Count}, {"2", "2 number", Number},
		{"5 percent", "5 percent", Percent}, {"1", "1 number", Number}, {"$3", "3 USD", Money}})
}

func TestFindBaseHullDesignator(t *testing.T) {
	// a bare number after "Base" or "Hull" is a name
	checkFind(t, "Base 101 in Niamey closed. Hull 2 is 5% complete, and hull 3 waits.", []want{{"5%", "5 percent", Percent}})
	// a measure or a count after them stays a figure
	checkFind(t, "Workers at the base 200 miles north built 3 hulls.", []want{
		{"200 miles", "200 mi", Length}, {"3 hulls", "3 count:hull", Count}})
}

func TestFindOperationDayInWords(t *testing.T) {
	// "day" in lower case, a number in words and "of" a singular noun or a name
	checkFind(t, "We are at day forty-one of the operation; on day one of the war and day ten of Operation Rough Rider.", []want{
		{"day forty-one", "41 day", OperationDay}, {"day one", "1 day", OperationDay}, {"day ten", "10 day", OperationDay}})
	// not before a plural or a pronoun, nor "Day" with a capital in words
	checkFind(t, "Each day two of the crews rest; every day three of them sleep. It was Day Two.", nil)
}

func TestFindNauticalBearing(t *testing.T) {
	// "nm" before a compass bearing is nautical miles
	checkFind(t, "It was found 400 nm southwest of Guatemala.", []want{{"400 nm", "400 nmi", Length}})
	// a wavelength stays in nanometres
	checkFind(t, "The laser emits at 532 nm from a diode.", []want{{"532 nm", "532 nm", Length}})
}

func TestFindTensSome(t *testing.T) {
	// "-some" after a round tens is about
	checkFind(t, "It took twenty-some days and 30-some flights.", []want{
		{"twenty-some days", "about 20 day", Duration}, {"30-some flights", "about 30 count:flight", Count}})
	// not after another number, nor "-something"
	checkFind(t, "It took 25-some days and he is twenty-something.", []want{{"25", "25 number", Number}, {"twenty", "20 number", Number}})
}

func TestFindSomethingLike(t *testing.T) {
	// spoken approximations are about
	checkFind(t, "We spend something like ten million a day on somewhere around 40 sorties, somewhere near 300 troops.", []want{
		{"something like ten million a day", "about 10000000 number/day", Number},
		{"somewhere around 40 sorties", "about 40 count:sortie", Count}, {"somewhere near 300 troops", "about 300 count:troop", Count}})
	// "like" alone is no qualifier
	checkFind(t, "It looks like 40 sorties.", []want{{"40 sorties", "40 count:sortie", Count}})
}
