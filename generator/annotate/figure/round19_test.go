package figure

import "testing"

// Rules from new test paragraphs on Commonwealth defence releases, the Balkans and Libya, and
// maritime security in the Red Sea.

func TestFindCrewOf(t *testing.T) {
	// a bare number after "a crew of" counts crew members; "a force of" and "-strong" personnel
	checkFind(t, "The ship, with a crew of 25, was hit. The 1,100-strong force arrived; a team of 12 followed.", []want{
		{"25", "25 count:crew member", Count}, {"1,100-strong", "1100 count:personnel", Count}, {"12", "12 count:personnel", Count}})
	// negatives: a noun after the number is counted, and "a total of" is no group
	checkFind(t, "A force of 3,000 troops and a total of 40 arrived.", []want{
		{"3,000 troops", "3000 count:troop", Count}, {"40", "40 number", Number}})
}

func TestFindShipCapacity(t *testing.T) {
	checkFind(t, "A 14,000-TEU container ship and a 320,000 deadweight ton tanker passed a 105,000 dwt carrier.", []want{
		{"14,000-TEU", "14000 count:TEU", Count}, {"320,000 deadweight ton", "320000 dwt", Mass}, {"105,000 dwt", "105000 dwt", Mass}})
}

func TestFindOverOpening(t *testing.T) {
	// "Over" a duration opening a sentence, before a comma or the subject, is the time taken
	checkFind(t, "Over four months, aircraft conducted 495 strikes. Over 30 days they collected 200 weapons.", []want{
		{"four months", "4 month", Duration}, {"495 strikes", "495 count:strike", Count},
		{"30 days", "30 day", Duration}, {"200 weapons", "200 count:weapon", Count}})
	// ... and so after a phrasal verb's particle or a noun of work
	checkFind(t, "Forces will be drawn down over three years, and $5 billion pledged for reconstruction over four years.", []want{
		{"three years", "3 year", Duration}, {"$5 billion", "5000000000 USD", Money}, {"four years", "4 year", Duration}})
	// negative: before its verb, "over" is "more than"
	checkFind(t, "Over 30 days have passed.", []want{{"Over 30 days", "over 30 day", Duration}})
}

func TestFindMorePeoplePlurals(t *testing.T) {
	checkFind(t, "After 10 to 15 Kosovo Albanians were hurt, 40 Kosovo Serbs and 30 Bosnian Serbs fled.", []want{
		{"10 to 15 Kosovo Albanians", "10-15 count:Kosovo Albanian", Count}, {"40 Kosovo Serbs", "40 count:Kosovo Serb", Count},
		{"30 Bosnian Serbs", "30 count:Bosnian Serb", Count}})
}

func TestFindLocalAndThatOne(t *testing.T) {
	// "local" after a number is a time zone only after a four-digit time or before "time"
	checkFind(t, "It will create around 500 local jobs; the strike came at 1400 local.", []want{
		{"around 500 local jobs", "around 500 count:local job", Count}})
	// "that" after a verb of saying begins a clause: "one" counts
	checkFind(t, "It confirmed that one civilian was killed. He said that one was enough.", []want{
		{"one civilian", "1 count:civilian", Count}})
}

func TestFindCommonwealthBattalions(t *testing.T) {
	// a battalion's abbreviation after a one-digit number is no figure
	checkFind(t, "The 2 RTR battlegroup and 5 RAR deployed with 40 vehicles.", []want{{"40 vehicles", "40 count:vehicle", Count}})
}

func TestFindAgedBetweenAndModels(t *testing.T) {
	checkFind(t, "Victims were aged between 4 and 70; six Mirage 2000D aircraft flew.", []want{
		{"between 4 and 70", "4-70 year", Duration}, {"six Mirage 2000D aircraft", "6 count:Mirage 2000D aircraft", Count}})
}

func TestFindCFAFrancsAndNaira(t *testing.T) {
	checkFind(t, "The project cost 5 billion CFA francs, and Nigeria allocated 2 billion naira.", []want{
		{"5 billion CFA francs", "5000000000 XOF", Money}, {"2 billion naira", "2000000000 NGN", Money}})
}

func TestFindVoteTally(t *testing.T) {
	// a vote's tally is no figure; a range with "to" still is
	checkFind(t, "The parliament voted 78 to 2, and the bill passed 350 to 80. Some said 10 to 15 soldiers died.", []want{
		{"10 to 15 soldiers", "10-15 count:soldier", Count}})
}

func TestFindOverAfterDestination(t *testing.T) {
	// "over" a duration after a movement's destination is the time it took
	checkFind(t, "They flew 2,000 soldiers back to Georgia over three days.", []want{
		{"2,000 soldiers", "2000 count:soldier", Count}, {"three days", "3 day", Duration}})
}

func TestFindAfterCapitalisedPlural(t *testing.T) {
	// a capitalised plural before a number and a noun is whom it costs or is given to
	checkFind(t, "It cost the Allies four heavy cruisers and gave the Marines three rifles.", []want{
		{"four heavy cruisers", "4 count:heavy cruiser", Count}, {"three rifles", "3 count:rifle", Count}})
	// negative: a name's number stays no figure
	checkFind(t, "The probe Voyager 2 flew past Neptune; Resolution 2254 passed.", nil)
}

func TestFindCoordinatedNouns(t *testing.T) {
	// two plural nouns joined by "and" or "or" make one counted noun
	checkFind(t, "Iran launched more than 300 drones and missiles; the remains of 27 Marines and sailors; 12 drones and cruise missiles.", []want{
		{"more than 300 drones and missiles", "more-than 300 count:drone and missile", Count},
		{"27 Marines and sailors", "27 count:Marine and sailor", Count},
		{"12 drones and cruise missiles", "12 count:drone and cruise missile", Count}})
	// negatives: a verb or a number after "and" begins another clause or figure
	checkFind(t, "Troops destroyed 12 tanks and damaged 3 trucks, and seized 40 rifles and 3 mortars.", []want{
		{"12 tanks", "12 count:tank", Count}, {"3 trucks", "3 count:truck", Count},
		{"40 rifles", "40 count:rifle", Count}, {"3 mortars", "3 count:mortar", Count}})
}

func TestFindStrongWithAdjectiveAndHomeless(t *testing.T) {
	checkFind(t, "A 20,000-strong multinational force arrived; the storm left 2,000 homeless.", []want{
		{"20,000-strong", "20000 count:personnel", Count}, {"2,000 homeless", "2000 count:homeless", Count}})
}

func TestFindModelAfterModifier(t *testing.T) {
	// a model's designation after a modifier in lower case, and with three letters after its number
	checkFind(t, "Norway ordered 54 new Leopard 2A8 tanks; 12 Su-30MKI fighters flew.", []want{
		{"54 new Leopard 2A8 tanks", "54 count:new Leopard 2A8 tank", Count}, {"12 Su-30MKI fighters", "12 count:Su-30MKI fighter", Count}})
}

func TestFindLakhCrore(t *testing.T) {
	checkFind(t, "The budget was ₹5.94 lakh crore.", []want{{"₹5.94 lakh crore", "5940000000000 INR", Money}})
}

func TestFindYearsHolidaysPhonesReckonings(t *testing.T) {
	// a holiday's year, an event's year, a phone number with a trunk prefix and a reckoning's "one"
	checkFind(t, "They took the hill on Thanksgiving Day 1967. During the 2010 floods, call 051-9205081. By one estimate, 40 died.", []want{
		{"40", "40 number", Number}})
	// negatives: an operation's day and a count after a determiner
	checkFind(t, "On Day 1200 of the war the 2000 troops arrived.", []want{
		{"Day 1200", "1200 day", OperationDay}, {"2000 troops", "2000 count:troop", Count}})
}

func TestFindOverAfterDirection(t *testing.T) {
	checkFind(t, "Marines fought their way south over four days.", []want{{"four days", "4 day", Duration}})
}

func TestFindPluralBeforeTimeUnit(t *testing.T) {
	// a counted plural ends before a unit of time that begins the next phrase
	checkFind(t, "It killed 58 soldiers minutes after the attack and lasted 4 consecutive days.", []want{
		{"58 soldiers", "58 count:soldier", Count}, {"4 consecutive days", "4 day", Duration}})
}

func TestFindCoordinatedStops(t *testing.T) {
	// a vague amount after "and" begins a figure of its own; a longer noun after the second
	// plural leaves the first alone
	checkFind(t, "At least four MiG-23 fighters and several helicopters; some 1,000 Marines and special operations personnel.", []want{
		{"At least four MiG-23 fighters", "at-least 4 count:MiG-23 fighter", Count}, {"some 1,000 Marines", "some 1000 count:Marine", Count}})
}

func TestFindNear(t *testing.T) {
	// "near" before a measure is nearly; before a count or degrees it places
	checkFind(t, "The fatality rate was near 60 percent at positions near 20 villages near 82° latitude.", []want{
		{"near 60 percent", "nearly 60 percent", Percent}, {"20 villages", "20 count:village", Count}, {"82°", "82 deg", Other}})
}

func TestFindDegreesMinutesLatitude(t *testing.T) {
	checkFind(t, "Ships crossed the line at 32 degrees 30 minutes north; the turret turned 45 degrees in 30 minutes.", []want{
		{"45 degrees", "45 deg", Other}, {"30 minutes", "30 minute", Duration}})
}

func TestFindArmsSaleModels(t *testing.T) {
	// designations of several parts, and a store's variant after a slash
	checkFind(t, "It buys 37 T700-GE-701D engines, 32 AIM-120D-3 missiles and 344 GBU-53/B StormBreaker bombs for 1.8 trillion rupiah.", []want{
		{"37 T700-GE-701D engines", "37 count:T700-GE-701D engine", Count}, {"32 AIM-120D-3 missiles", "32 count:AIM-120D-3 missile", Count},
		{"344 GBU-53/B StormBreaker bombs", "344 count:GBU-53/B StormBreaker bomb", Count}, {"1.8 trillion rupiah", "1800000000000 IDR", Money}})
}

func TestFindWaterworks(t *testing.T) {
	// a river's flow in cfs is a volume per second; acre-feet and kilowatt-hours are units
	checkFind(t, "Flows reached 1.1 million cfs; the lake stores 240,000 acre-feet and the dam made 10.8 billion kilowatt-hours.", []want{
		{"1.1 million cfs", "1100000 ft3/second", Volume}, {"240,000 acre-feet", "240000 acre-ft", Volume},
		{"10.8 billion kilowatt-hours", "10800000000 kWh", Other}})
	// river miles, mile markers and "at one point" are no figures
	checkFind(t, "At one point, barges waited between river mile 60 and river mile 110, near mile marker 12.", nil)
	// "as high as" and "as far as" are up to
	checkFind(t, "Waves as high as 40 metres swept inland as far as 2 kilometres.", []want{
		{"as high as 40 metres", "up-to 40 m", Length}, {"as far as 2 kilometres", "up-to 2 km", Length}})
}

func TestFindSingularUnitModifiers(t *testing.T) {
	// a unit in the singular after a number other than one modifies a plural noun
	checkFind(t, "They carried out 12 day and night patrols, 230 night patrols and 18 foot patrols.", []want{
		{"12 day and night patrols", "12 count:day and night patrol", Count}, {"230 night patrols", "230 count:night patrol", Count},
		{"18 foot patrols", "18 count:foot patrol", Count}})
	// negatives: a unit before a singular noun, or in the plural
	checkFind(t, "The 30 day deadline passed after 30 days behind a 6 foot fence.", []want{
		{"30 day", "30 day", Duration}, {"30 days", "30 day", Duration}, {"6 foot", "6 ft", Length}})
}

func TestFindEastAfricanCurrencies(t *testing.T) {
	checkFind(t, "It allocated 150 million South Sudanese pounds and 500 million Ugandan shillings.", []want{
		{"150 million South Sudanese pounds", "150000000 SSP", Money}, {"500 million Ugandan shillings", "500000000 UGX", Money}})
}

func TestFindUnitLongAndPeople(t *testing.T) {
	// a unit of time joined to "long" is one of it; people of a place in -ers or -ians count
	checkFind(t, "A week-long course followed a month-long fight; some 19,000 Berliners and two corps waited.", []want{
		{"week-long", "1 week", Duration}, {"month-long", "1 month", Duration},
		{"some 19,000 Berliners", "some 19000 count:Berliner", Count}, {"two corps", "2 count:corps", Count}})
	// negatives: a verb after "and" ends the counted noun; a detachment's number names it
	checkFind(t, "It carried up to four nuclear weapons and flew missions; Detachment 88 officers raided a house.", []want{
		{"up to four nuclear weapons", "up-to 4 count:nuclear weapon", Count}})
}

func TestFindAgeBeforeTo(t *testing.T) {
	// an age set off by commas after a titled name, before "to"
	checkFind(t, "It sentenced Pvt. Ann Smith, 19, to 20 years.", []want{{"20 years", "20 year", Duration}})
	// negative: a place and a number before "to" stay a number
	checkFind(t, "Casualties rose from Kandahar, 21, to 30.", []want{{"21", "21 number", Number}, {"30", "30 number", Number}})
}

func TestFindEnemyTalibanAcronymsBeforeParticiples(t *testing.T) {
	checkFind(t, "The operation left 14 enemy killed and at least 70 Taliban dead; 14 VBIEDs destroyed and more than 200 IEDs cleared.", []want{
		{"14 enemy", "14 count:enemy", Count}, {"at least 70 Taliban dead", "at-least 70 count:Taliban dead", Count},
		{"14 VBIEDs", "14 count:VBIED", Count}, {"more than 200 IEDs", "more-than 200 count:IED", Count}})
	// negative: "enemy" before a noun modifies it
	checkFind(t, "It destroyed 3 enemy fighting positions.", []want{{"3 enemy fighting positions", "3 count:enemy fighting position", Count}})
}
