package annotate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// entityWant is one expected entity: its text and kind.
type entityWant struct {
	text string
	kind EntityKind
}

// gotEntities lists the document's entities as entityWants.
func gotEntities(d *Document) []entityWant {
	out := make([]entityWant, len(d.Entities))
	for i, e := range d.Entities {
		out[i] = entityWant{e.Of(d.Text), e.Kind}
	}
	return out
}

// TestEntityRules pins each rule of entityrules.go on a text where the rule decides.
func TestEntityRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []entityWant
	}{
		{"curly_possessive_read_as_straight", "The Freight Workers Union covers about 1,900 drivers. Mick Callaghan, the union’s Queensland secretary, told reporters outside the company’s Eagle Farm depot that workers had not been consulted.",
			[]entityWant{{"Freight Workers Union", Organization}, {"Mick Callaghan", Person}, {"Queensland", Place}, {"Eagle Farm", Place}}},
		{"given_names_of_younger_people", "The award went to Hannah Cole on Friday, and the manager praised Chloe Ashworth and Jayden Michael Pearce.",
			[]entityWant{{"Hannah Cole", Person}, {"Chloe Ashworth", Person}, {"Jayden Michael Pearce", Person}}},
		{"given_names_of_many_languages", "Miriam Okonjo-Hale said aid was late. Fatima Ishaq agreed, and Vikram Rathore and Kwame Asante-Boateng left.",
			[]entityWant{{"Miriam Okonjo-Hale", Person}, {"Fatima Ishaq", Person}, {"Vikram Rathore", Person}, {"Kwame Asante-Boateng", Person}}},
		{"an_ampersand_inside_a_body_a_sports_report_credits", "The Grizzlies beat the Timberwolves 112-104 on Saturday. Whitfield started 3-for-11 from the field before taking over after halftime. Coach told me at halftime to stop hunting threes. Whitfield has scored 30 or more points in four straight games, according to ESPN Stats & Information.",
			[]entityWant{{"Grizzlies", Organization}, {"Timberwolves", Organization}, {"ESPN Stats & Information", Organization}}},
		{"bodies_abroad_with_their_joining_words", "The Instituto Nacional de Estadística y Censos said prices rose. The Banco Central de la República Argentina cut rates, and the Ministerio de Economía agreed.",
			[]entityWant{{"Instituto Nacional de Estadística y Censos", Organization}, {"Banco Central de la República Argentina", Organization}, {"Ministerio de Economía", Organization}}},
		{"a_carmaker_named_motor_and_a_knesset_member's_title", "Toyota Motor said sales rose. National Unity MK Ehud Karmeli agreed.",
			[]entityWant{{"Toyota Motor", Organization}, {"National Unity", Organization}, {"Ehud Karmeli", Person}}},
		{"a_carmaker's_short_name", "Tsubasa Motor will build batteries. Tsubasa said the plant would open in 2028.",
			[]entityWant{{"Tsubasa Motor", Organization}, {"Tsubasa", Organization}}},
		{"madam_is_an_honorific", "Madam Rosnah Ismail, 52, said she reached home only after 11pm.",
			[]entityWant{{"Rosnah Ismail", Person}}},
		{"a_part_of_a_place_at_the_text_start", "North Inwood section of Manhattan flooded.",
			[]entityWant{{"North Inwood", Place}, {"Manhattan", Place}}},
		{"ships_and_missions_are_no_people_or_places", "The analysis drew on data from Freya-1, a Norwegian Space Agency mission that has measured ice since 2016. The team will return aboard the research vessel Margit Solheim.",
			[]entityWant{{"Norwegian Space Agency", Organization}}},
		{"a_glacier_or_a_way_ends_a_place", "Ice flows from Denman Glacier faster than from Thwaites Glacier. Crews widened breaks along Thunderbolts Way.",
			[]entityWant{{"Denman Glacier", Place}, {"Thwaites Glacier", Place}, {"Thunderbolts Way", Place}}},
		{"a_name_given_to_a_thing_after_its_noun", "The party, which has dubbed the gathering the “Aaeen Bachao Jalsa”, applied for permission.",
			[]entityWant{}},
		{"a_councillor_abbreviated", "MidCoast Council Mayor Janine Strudwick opened a second centre, Cr Strudwick said.",
			[]entityWant{{"MidCoast Council", Organization}, {"Janine Strudwick", Person}, {"Strudwick", Person}}},
		{"a_firm_after_a_role_and_what_it_is_of", "Marta Kowalczyk, head of FX strategy at Harland Brothers in London, spoke.",
			[]entityWant{{"Marta Kowalczyk", Person}, {"Harland Brothers", Organization}, {"London", Place}}},
		{"an_acronym_with_the_letter_of_its_of", "Mariama Sesay-Conteh heads the observer mission of the Economic Community of West African States (ECOWAS).",
			[]entityWant{{"Mariama Sesay-Conteh", Person}, {"Economic Community of West African States", Organization}, {"ECOWAS", Organization}}},
		{"two_names_joined_by_and_after_an_owner", "The Catholic Church's Justice and Peace Commission deployed 4,200 observers.",
			[]entityWant{{"Catholic Church", Organization}, {"Justice and Peace Commission", Organization}}},
		{"a_sheriff_is_a_title", "No deaths have been reported, Putnam County Sheriff Rhonda Tillery said. The train was operated by Midwest Continental Railroad.",
			[]entityWant{{"Putnam County", Organization}, {"Rhonda Tillery", Person}, {"Midwest Continental Railroad", Organization}}},
		{"a_group_that_calls_itself_by_a_name", "The petition, circulated by a group calling itself Concerned Parents of Cedar Valley, asked the board to act.",
			[]entityWant{{"Concerned Parents of Cedar Valley", Organization}}},
		{"a_justice_is_a_title_before_a_name", "A single bench comprising Justice Anwaarul Haq Sial heard the plea. The Justice Department declined to comment.",
			[]entityWant{{"Anwaarul Haq Sial", Person}, {"Justice Department", Organization}}},
		{"a_title_that_goes_on_before_the_name", "Chief Cabinet Secretary Kenjiro Tamba told a press conference the project would help.",
			[]entityWant{{"Kenjiro Tamba", Person}}},
		{"a_prefecture_or_province_ends_a_place", "The plant in Koka, Shiga Prefecture, will open. Floods hit Sichuan Province.",
			[]entityWant{{"Koka", Place}, {"Shiga Prefecture", Place}, {"Sichuan Province", Place}}},
		{"the_part_of_a_place_a_name_stands_before", "She died at her home in the Inwood section of Manhattan.",
			[]entityWant{{"Inwood", Place}, {"Manhattan", Place}}},
		{"a_paper_told_in_capitals", "Baptiste told POLITICO on Thursday that the deal was dead. She told ME nothing.",
			[]entityWant{{"Baptiste", Person}, {"POLITICO", Organization}}},
		{"the_platform_x_where_a_post_is_written", "Mayor Eric Johnson said on X that he was heartbroken.",
			[]entityWant{{"Eric Johnson", Person}, {"X", Organization}}},
		{"streets_and_squares_named_noun_first_abroad", "Crowds packed Gare du Nord. A bakery near Place de la République shut, and traffic on the Boulevard de Sébastopol stopped. Place your bets.",
			[]entityWant{{"Gare du Nord", Place}, {"Place de la République", Place}, {"Boulevard de Sébastopol", Place}}},
		{"bodies_named_noun_first_abroad", "Marion Lécuyer, chief economist at the Paris-based think tank Institut Bastide, spoke.",
			[]entityWant{{"Marion Lécuyer", Person}, {"Paris", Place}, {"Institut Bastide", Organization}}},
		{"a_name_in_another_language_spelt_by_its_acronym", "The smaller Fédération autonome des cheminots (FAC) has voted. Staff must wear Personal protective equipment (PPE) there.",
			[]entityWant{{"Fédération autonome des cheminots", Organization}, {"FAC", Organization}}},
		{"a_title_that_a_work_noun_follows_names_nothing", "Sen. Dale Whitcomb argued that the bill's \"Harvest Bridge\" program duplicates lending. She heard “Desert Vanishings,” a true-crime podcast.",
			[]entityWant{{"Dale Whitcomb", Person}}},
		{"two_names_joined_by_and_after_the_and_a_word", "The National Corn and Soy Alliance, a trade group representing growers in 22 states, has spent more than $2 million on ads.",
			[]entityWant{{"National Corn and Soy Alliance", Organization}}},
		{"a_municipality_by_its_name", "The City of Ekurhuleni said in a statement that the manager had been dismissed.",
			[]entityWant{{"City of Ekurhuleni", Organization}}},
		{"a_department_with_two_remits_before_spokesperson", "A Department of Health and Social Care spokesperson said the plan was unacceptable.",
			[]entityWant{{"Department of Health and Social Care", Organization}}},
		{"a_list_after_in_names_places", "About 38,000 people were staying in evacuation centers in Albay, Camarines Sur, Sorsogon and Catanduanes as of noon.",
			[]entityWant{{"Albay", Place}, {"Camarines Sur", Place}, {"Sorsogon", Place}, {"Catanduanes", Place}}},
		{"a_sea_and_a_village_by_their_words", "Floodwaters rose in Barangay Talisoy before the storm moved out over the West Philippine Sea.",
			[]entityWant{{"Barangay Talisoy", Place}, {"West Philippine Sea", Place}}},
		{"a_nickname_after_dubbed_the_names_nothing", "Manila, a city long dubbed the “Pearl of the Orient Seas,” bore the brunt of the storm.",
			[]entityWant{{"Manila", Place}}},
		{"a_saint_and_a_magistrate_own_the_building_named_after_them", "He appeared in the Palm Ridge Magistrate's Court and was taken to St Mary’s Hospital.",
			[]entityWant{{"Palm Ridge Magistrate's Court", Organization}, {"St Mary’s Hospital", Organization}}},
		{"a_town_of_two_names_joined_by_a_particle", "Margaret Holloway, 78, from Longton in Stoke-on-Trent, was taken to hospital.",
			[]entityWant{{"Margaret Holloway", Person}, {"Longton", Place}, {"Stoke-on-Trent", Place}}},
		{"a_country_that_owns_a_ministry_is_a_place_without_its_possessive", "Qatar’s Ministry of Foreign Affairs said on Sunday that both delegations had accepted.",
			[]entityWant{{"Qatar", Place}, {"Ministry of Foreign Affairs", Organization}}},
		{"a_body_a_listed_body_owns_is_a_name_of_its_own", "Last year was the hottest on record, according to the European Union’s Copernicus Climate Change Service.",
			[]entityWant{{"European Union", Organization}, {"Copernicus Climate Change Service", Organization}}},
		{"a_body_a_person_named_in_full_works_for", "Reporting from Port Sudan, Al Jazeera’s Salma Idris said there was cautious optimism.",
			[]entityWant{{"Port Sudan", Place}, {"Al Jazeera", Organization}, {"Salma Idris", Person}}},
		{"a storm word opening a body's name", "More thunderstorms are possible on Friday, according to the Storm Prediction Center.",
			[]entityWant{{"Storm Prediction Center", Organization}}},
		{"a_papers_initials_after_told", "Manjulaben Rathod, a farmer, told HT the compensation would not even clear her crop loans.",
			[]entityWant{{"Manjulaben Rathod", Person}, {"HT", Organization}}},
		{"a street after the preposition that opens the sentence, and fairgrounds", "Along Pecan Street, nearly every house lost its roof. The Red Cross opened a shelter at the Tillery County Fairgrounds.",
			[]entityWant{{"Pecan Street", Place}, {"Red Cross", Organization}, {"Tillery County Fairgrounds", Place}}},
		{"a_title_of_office_before_a_name_the_tagger_read_as_a_body", "A spokeswoman for Chancellor Ulrike Dannhäuser said the chancellor backed the plan.",
			[]entityWant{{"Ulrike Dannhäuser", Person}}},
		{"a_firm_in_apposition_with_where_it_is", "Lumenfold, the San Francisco startup best known for its smart speaker, launched glasses on Tuesday.",
			[]entityWant{{"Lumenfold", Organization}, {"San Francisco", Place}}},
		{"a_party_named_before_its_acronym_in_another_language", "German Labor Minister Sören Häberlein of the center-left Social Democrats (SPD) said on Sunday that the government would not back down.",
			[]entityWant{{"Sören Häberlein", Person}, {"Social Democrats", Organization}, {"SPD", Organization}}},
		{"a_place_after_the_kind_of_place_it_is", "Supporters in his home state of Lower Saxony call him the wage hammer.",
			[]entityWant{{"Lower Saxony", Place}}},
		{"a_name_and_its_acronym_opening_the_text", "Social Democrats (SPD) won the most seats.",
			[]entityWant{{"Social Democrats", Organization}, {"SPD", Organization}}},
		{"a body owned by a body, before a sum; a whole name before its apposition; offices as a venue",
			"The bureau would ask the Legislative Council’s Finance Committee for HK$1.6 billion, according to the Harlan Center for Rural Health Policy, a nonpartisan research group. Protesters gathered outside the Central Government Offices in Admiralty.",
			[]entityWant{{"Legislative Council", Organization}, {"Finance Committee", Organization}, {"Harlan Center for Rural Health Policy", Organization}, {"Central Government Offices", Place}}},
		{"titles_stay_outside_names", "Russian Foreign Minister Sergei Lavrov spoke.",
			[]entityWant{{"Sergei Lavrov", Person}}},
		{"title_word_ends_a_name", "Prime Minister John Major says the union must stay.",
			[]entityWant{{"John Major", Person}}},
		{"honorific_before_surname", "President Obama spoke to Mr. Putin.",
			[]entityWant{{"Obama", Person}, {"Putin", Person}}},
		{"title_word_inside_company", "General Motors said sales fell.",
			[]entityWant{{"General Motors", Organization}}},
		{"title_before_a_name_read_as_an_organization", "The release followed intervention on his behalf by King Sihanouk.",
			[]entityWant{{"Sihanouk", Person}}},
		{"title_keeps_the_organization_before_it", "U.N. Ambassador Albright arrived.",
			[]entityWant{{"U.N.", Organization}, {"Albright", Person}}},
		{"agency_credit", "GENEVA (Reuters) - Talks resumed on Friday.",
			[]entityWant{{"GENEVA", Place}, {"Reuters", Organization}}},
		{"photo_credit", "AP Photo/Jane Doe shows the scene.",
			[]entityWant{{"AP", Organization}, {"Jane Doe", Person}}},
		{"company_suffix", "Shares of Acme Corp. rose.",
			[]entityWant{{"Acme Corp.", Organization}}},
		{"the_x_ministry", "He met the Russian Foreign Ministry on Monday.",
			[]entityWant{{"Russian Foreign Ministry", Organization}}},
		{"head_then_of", "The Bank of England raised rates.",
			[]entityWant{{"Bank of England", Organization}}},
		{"listed_organization_acronym", "The U.N. said aid would come.",
			[]entityWant{{"U.N.", Organization}}},
		{"a_possessive_that_starts_a_name", "She was taken to St Mary's Hospital. The Women's Institute met on Monday, and the People's Daily newspaper reported it.",
			[]entityWant{{"St Mary's Hospital", Organization}, {"Women's Institute", Organization}, {"People's Daily", Organization}}},
		{"a_place_or_a_person_owns_the_name_after_it", "China's Foreign Ministry said no. Trump's Justice Department sued.",
			[]entityWant{{"China", Place}, {"Foreign Ministry", Organization}, {"Trump", Person}, {"Justice Department", Organization}}},
		{"a_possessive_name_the_tagger_read_whole_stays_whole", "Dr Stephen Hale, who studies the disease at King's College London, said the test worked.",
			[]entityWant{{"Stephen Hale", Person}, {"King's College London", Organization}}},
		{"a_club_after_its_town_and_side", "Striker Lucas Moreira has joined Rotterdam side Feyenoord from Flamengo. The coach said he scores goals, and the club won the league title last season.",
			[]entityWant{{"Lucas Moreira", Person}, {"Rotterdam", Place}, {"Feyenoord", Organization}, {"Flamengo", Organization}}},
		{"the_place_a_mayor_or_residents_are_of", "The mayor of Port Ellis has apologised. Residents of Grindavik were evacuated.",
			[]entityWant{{"Port Ellis", Place}, {"Grindavik", Place}}},
		{"a_bodys_head_alone_before_its_people_names_no_body", "Council member Rosa Delgado called on him to resign.",
			[]entityWant{{"Rosa Delgado", Person}}},
		{"a_bodys_head_alone_stands_for_the_body_named_with_it", "Eastbridge council promised new buses. Council leader Mark Fenwick defended the pace of change.",
			[]entityWant{{"Eastbridge council", Organization}, {"Council", Organization}, {"Mark Fenwick", Person}}},
		{"a_substitute_is_no_part_of_the_name", "Substitute Kieran Walsh scored the winner in the 94th minute.",
			[]entityWant{{"Kieran Walsh", Person}}},
		{"initials_of_things_name_nothing_alone", "The AI push will take time, and the firm plans an IPO next year.",
			[]entityWant{}},
		{"a_body_named_past_of_the_or_for_the", "She works at the Museum of the Moving Image. The Department of the Interior said no, and a judge of the U.S. District Court for the District of Idaho agreed.",
			[]entityWant{{"Museum of the Moving Image", Organization}, {"Department of the Interior", Organization}, {"U.S. District Court for the District of Idaho", Organization}}},
		{"a_head_alone_opening_a_sentence_stops_before_of_the", "News of the PGA's move was first reported by the Miami Herald.",
			[]entityWant{{"PGA", Organization}, {"Miami Herald", Organization}}},
		{"a_drugmakers_name_ends_in_its_trade", "Pharmaceutical giant Norvane is in talks to buy rival Keller Therapeutics for about $30 billion.",
			[]entityWant{{"Norvane", Organization}, {"Keller Therapeutics", Organization}}},
		{"no_10_is_downing_street", "No 10 sources said the defeat was a blip.",
			[]entityWant{{"No 10", Organization}}},
		{"a_team_before_its_head", "Red Bull team principal Christian Horner called it a great drive.",
			[]entityWant{{"Red Bull", Organization}, {"Christian Horner", Person}}},
		{"a_team_before_a_players_position", "Her boyfriend, Kansas City Chiefs tight end Travis Kelce, said it was surreal. Yankees pitcher Gerrit Cole struck out ten.",
			[]entityWant{{"Kansas City Chiefs", Organization}, {"Travis Kelce", Person}, {"Yankees", Organization}, {"Gerrit Cole", Person}}},
		{"a_player_described_names_no_team", "Curt Schilling, a former All-Star pitcher and analyst, was fired.",
			[]entityWant{{"Curt Schilling", Person}}},
		{"a_party_named_with_and", "The Law and Justice party won the most seats.",
			[]entityWant{{"Law and Justice", Organization}}},
		{"listed_place_acting_as_speaker", "Moscow says the plan will fail.",
			[]entityWant{{"Moscow", Place}}},
		{"nationality_is_no_name", "British troops arrived in Basra.",
			[]entityWant{{"Basra", Place}}},
		{"initial_and_surname", "P. Simmons took four wickets.",
			[]entityWant{{"P. Simmons", Person}}},
		{"score_line_teams", "Leeds 2 Chelsea 1",
			[]entityWant{{"Leeds", Organization}, {"Chelsea", Organization}}},
		{"result_against_a_team_read_as_a_person", "Doncaster Rovers 2 Grimsby 1",
			[]entityWant{{"Doncaster Rovers", Organization}, {"Grimsby", Organization}}},
		{"result_between_two_people_named_in_full", "Stephen Hendry 5 John Higgins 3",
			[]entityWant{{"Stephen Hendry", Person}, {"John Higgins", Person}}},
		{"a_word_paired_with_an_acronym_organization", "She worked for IBM and Compaq before she founded the firm.",
			[]entityWant{{"IBM", Organization}, {"Compaq", Organization}}},
		{"a_name_paired_with_a_person_named_in_full", "Top seed Tavita Washington and Marcelo Rios both lost on Thursday.",
			[]entityWant{{"Tavita Washington", Person}, {"Marcelo Rios", Person}}},
		{"a_person_and_a_company_keep_their_types", "Bill Gates and Microsoft gave money.",
			[]entityWant{{"Bill Gates", Person}, {"Microsoft", Organization}}},
		{"particles_and_given_name_before_a_surname", "The winger Pieter van der Merwe scored twice in the second half.",
			[]entityWant{{"Pieter van der Merwe", Person}}},
		{"particle_after_a_title", "Prime Minister de Villepin spoke on Monday.",
			[]entityWant{{"de Villepin", Person}}},
		{"a_monarchs_ordinal_ends_the_name", "The calendar was reformed under Pope Gregory XIII in 1582.",
			[]entityWant{{"Gregory XIII", Person}}},
		{"a_verb_of_winning_parts_the_names_of_a_headline", "TENNIS - HARLOW DEFEATS FENWICK IN FINAL\n\nKaren Harlow beat Lisa Fenwick 6-3 6-4 on Sunday.",
			[]entityWant{{"HARLOW", Person}, {"FENWICK", Person}, {"Karen Harlow", Person}, {"Lisa Fenwick", Person}}},
		{"acronym_in_another_language_after_an_organization", "Voters backed the Institutional Revolutionary Party (PRI) again.",
			[]entityWant{{"Institutional Revolutionary Party", Organization}, {"PRI", Organization}}},
		{"a_list_after_a_kind_of_organization", "He said insurers such as Aviva, Zurich and Allianz raised premiums.",
			[]entityWant{{"Aviva", Organization}, {"Zurich", Organization}, {"Allianz", Organization}}},
		{"a_kind_of_organization_before_its_name", "The supermarket chain Albertsons said sales rose.",
			[]entityWant{{"Albertsons", Organization}}},
		{"a_company_suffix_ends_the_name", "It bought Harwell Plastics Ltd of Toronto last year.",
			[]entityWant{{"Harwell Plastics Ltd", Organization}, {"Toronto", Place}}},
		{"who_after_a_name_read_as_a_place", "The award went to Sydney Paris, who won the title in 1994.",
			[]entityWant{{"Sydney Paris", Person}}},
		{"who_after_a_listed_place_leaves_it_a_place", "England, who beat Germany on Sunday, play again next week.",
			[]entityWant{{"England", Place}, {"Germany", Place}}},
		{"a_players_position_tells_a_sports_report", "SOCCER - WINGER MOVES\n\nThe winger joined Milan from Torino, his coach said.",
			[]entityWant{{"Milan", Organization}, {"Torino", Organization}}},
		{"town_of_before_a_place", "A bomb went off in the coastal town of Ras Kanda on Monday.",
			[]entityWant{{"Ras Kanda", Place}}},
		{"district_after_a_place", "Troops entered the Vasco Mendes district on Monday.",
			[]entityWant{{"Vasco Mendes", Place}}},
		{"an_adjective_of_faith_or_people_is_no_name", "Police said Islamic rebels and Hutu militias fought near Goma.",
			[]entityWant{{"Goma", Place}}},
		{"a_compass_word_and_a_nationality_are_no_name", "S. Korean and South African officials met in Seoul.",
			[]entityWant{{"Seoul", Place}}},
		{"a_riders_team_after_the_country", "1. Karel Brunner (Austria) Telvox 4 hours 12 mins\n\n2. Anton Salas (Spain), Lola Ford, 54.750\n\n3. Mark Avery (Canada), Tom Hill (U.S.), Steve Parks",
			[]entityWant{{"Karel Brunner", Person}, {"Austria", Place}, {"Telvox", Organization}, {"Anton Salas", Person}, {"Spain", Place},
				{"Lola Ford", Organization}, {"Mark Avery", Person}, {"Canada", Place}, {"Tom Hill", Person}, {"U.S.", Place}, {"Steve Parks", Person}}},
		{"a_scorecards_innings", "County cricket scores after the innings, the wickets and the overs.\n\nAt Taunton: Somerset 301 (R. Harden 86), Essex 210-6 (N. Hussain 70).",
			[]entityWant{{"Taunton", Place}, {"Somerset", Organization}, {"R. Harden", Person}, {"Essex", Organization}, {"N. Hussain", Person}}},
		{"a_company_of_partners", "An analyst at Edward P. Dunn & Co said so.",
			[]entityWant{{"Edward P. Dunn & Co", Organization}}},
		{"an_honorific_without_a_full_stop", "There was a time, Mr Deshmukh said, when he felt that they should leave.",
			[]entityWant{{"Deshmukh", Person}}},
		{"a_name_read_as_a_place_that_speaks", "The hair market has always had a political side, says Tarlo.",
			[]entityWant{{"Tarlo", Person}}},
		{"a_listed_place_that_speaks_stays_a_place", "The plan will fail, says Moscow.",
			[]entityWant{{"Moscow", Place}}},
		{"a_given_name_alone_is_no_team", "The coach said the striker and the goalkeeper agreed, and when he spoke to Alan he was up for it.",
			[]entityWant{{"Alan", Person}}},
		{"rows_of_results_take_one_kind", "Tennis results on Friday.\n\nSandra Kloss (France) beat Ines Varga (Argentina) 6-2 6-1\n\nTim Hale (Britain) beat Doug Flint (Canada) 6-3 6-4\n\nWill Forget (Belgium) beat Sandy Banks (Australia) 7-5 6-3",
			[]entityWant{{"Sandra Kloss", Person}, {"France", Place}, {"Ines Varga", Person}, {"Argentina", Place}, {"Tim Hale", Person}, {"Britain", Place},
				{"Doug Flint", Person}, {"Canada", Place}, {"Will Forget", Person}, {"Belgium", Place}, {"Sandy Banks", Person}, {"Australia", Place}}},
		{"national_side_is_its_country", "Japan 2 Syria 1",
			[]entityWant{{"Japan", Place}, {"Syria", Place}}},
		{"standings_row", "Becej 4 2 1 1 5",
			[]entityWant{{"Becej", Organization}}},
		{"dateline_in_capitals", "BONN 1996-08-30 Talks opened in the city.",
			[]entityWant{{"BONN", Place}}},
		{"dateline_with_state", "ARLINGTON, Texas 1996-08-31 The game went on.",
			[]entityWant{{"ARLINGTON", Place}, {"Texas", Place}}},
		{"new_starts_a_place", "Talks in New Zealand ended.",
			[]entityWant{{"New Zealand", Place}}},
		{"spokesman_after_a_company", "Magna spokesman Tom Hall declined to comment.",
			[]entityWant{{"Magna", Organization}, {"Tom Hall", Person}}},
		{"faiths_and_peoples_are_no_names", "The pope spoke to Catholics, Jews and Muslims in Rome.",
			[]entityWant{{"Rome", Place}}},
		{"a_role_of_a_company", "Art Levinson, chairman of Genentech, joined the board.",
			[]entityWant{{"Art Levinson", Person}, {"Genentech", Organization}}},
		{"based_before_a_company", "The deal will help Ontario-based Magna grow.",
			[]entityWant{{"Ontario", Place}, {"Magna", Organization}}},
		{"based_before_a_body's_noun", "The San Jose-based chipmaker and a Pune-based company agreed. Android-based phones sold well.",
			[]entityWant{{"San Jose", Place}, {"Pune", Place}}},
		{"country_captain_stays_a_place", "England captain Mike Atherton was out.",
			[]entityWant{{"England", Place}, {"Mike Atherton", Person}}},
		{"acronym_defined_in_brackets", "Talks were mediated by the Organisation for Security and Cooperation in Europe (OSCE) on Monday.",
			[]entityWant{{"Organisation for Security and Cooperation in Europe", Organization}, {"OSCE", Organization}}},
		{"club_before_a_name_read_as_a_person", "The league came down heavily on Belgian club Standard Liege on Friday.",
			[]entityWant{{"Standard Liege", Organization}}},
		{"age_after_a_person", "He said Dole, 73, would go.",
			[]entityWant{{"Dole", Person}}},
		{"relative_after_a_person", "Aid went to Kutuzov's widow.",
			[]entityWant{{"Kutuzov", Person}}},
		{"relative_before_a_person", "President Boris Yeltsin visited his wife Naina in hospital on Friday.",
			[]entityWant{{"Boris Yeltsin", Person}, {"Naina", Person}}},
		{"cricket_scorecard", "Scoreboard of the cricket match, the innings and the overs.\nS. Law c Tillekeratne b Dharmasena 13\nBowling: Dharmasena 9-0-49-1, Muralitharan 10-0-41-2.",
			[]entityWant{{"S. Law", Person}, {"Dharmasena", Person}, {"Dharmasena", Person}, {"Muralitharan", Person}}},
		{"listed_given_name_starts_a_person", "It marked the debut of Gavin Pruitt on Friday.",
			[]entityWant{{"Gavin Pruitt", Person}}},
		{"given_name_inside_a_place", "The winners stayed in Beverly Hills, California.",
			[]entityWant{{"Beverly Hills", Place}, {"California", Place}}},
		{"event_is_no_organization", "Mark Brooks won the Greater Milwaukee Open on Sunday.",
			[]entityWant{{"Mark Brooks", Person}}},
		{"event_head_then_of", "France signed the Treaty of Baden in 1714.",
			[]entityWant{{"France", Place}}},
		{"event_head_inside_an_organization", "The Federal Open Market Committee meets on Tuesday.",
			[]entityWant{{"Federal Open Market Committee", Organization}}},
		{"a_month_alone_is_no_name", "JULY 96 JUNE 96",
			[]entityWant{}},
		{"the_before_a_plural_in_a_sports_report", "Joubert kicked his third penalty and the Springboks held a 32-8 lead at halftime in the rugby league.",
			[]entityWant{{"Joubert", Person}, {"Springboks", Organization}}},
		{"owner_after_a_team", "\"It was great,\" said Eagles owner Jeffrey Lurie.",
			[]entityWant{{"Eagles", Organization}, {"Jeffrey Lurie", Person}}},
		{"a_club_after_for_in_a_sports_report", "Brian Giles and Jim Thome homered for Cleveland, the pitcher struck out eight in the league game and the homer came in the ninth inning.",
			[]entityWant{{"Brian Giles", Person}, {"Jim Thome", Person}, {"Cleveland", Organization}}},
		{"a_club_before_its_player_in_a_sports_report", "Juventus's Zinedine Zidane came on in midfield, the striker scored the goal and the referee waved play on in the league game.",
			[]entityWant{{"Juventus", Organization}, {"Zinedine Zidane", Person}}},
		{"standings_row_read_as_a_person", "Soccer standings in the league after the goal rush, the striker and the referee.\nCambridge United 4 1 2 1 3 4\nIan Woosnam 70 76 71 70",
			[]entityWant{{"Cambridge United", Organization}, {"Ian Woosnam", Person}}},
		{"newspaper_head", "The plant is the largest in the city, the China Daily said on Saturday.",
			[]entityWant{{"China Daily", Organization}}},
		{"newsroom_credit", "Prices rose. -- Warsaw Newsroom +48 22 653 9700",
			[]entityWant{{"Warsaw Newsroom", Organization}}},
		{"rivals_before_a_team", "Cricket: the innings ended as title rivals Essex took five wickets in the league.",
			[]entityWant{{"Essex", Organization}}},
		{"city_stock_exchange_stays_a_place", "Shares fell on the Warsaw stock exchange.",
			[]entityWant{{"Warsaw", Place}}},
		{"a_regulator_before_its_name", "The rail regulator Railcorp has fined two operators.",
			[]entityWant{{"Railcorp", Organization}}},
		{"a_union_before_its_name", "Members of the union Prospectra voted to strike.",
			[]entityWant{{"Prospectra", Organization}}},
		{"a_body_named_after_a_country", "Bakers UK, which speaks for the trade, said flour cost more.",
			[]entityWant{{"Bakers UK", Organization}}},
		{"a_country_before_a_role_stays_a_place", "Former Wales captain Gethin Rhys retired.",
			[]entityWant{{"Wales", Place}, {"Gethin Rhys", Person}}},
		{"an_adjective_that_starts_an_organization", "Royal Tinmouth said deliveries would resume.",
			[]entityWant{{"Royal Tinmouth", Organization}}},
		{"plural_of_a_role_is_no_name", "The minister told MPs and MEPs that the fund would grow.",
			[]entityWant{}},
		{"mp_is_a_title", "Cardiff MP Harriet Vane asked a question.",
			[]entityWant{{"Cardiff", Place}, {"Harriet Vane", Person}}},
		{"a_council_after_its_place", "Kelbridge council said roads would reopen.",
			[]entityWant{{"Kelbridge council", Organization}}},
		{"a_city_council_after_its_place", "The Marston city council voted on Monday.",
			[]entityWant{{"Marston city council", Organization}}},
		{"the_council_of_a_place", "Later the council of North Dunmore asked for help.",
			[]entityWant{{"council of North Dunmore", Organization}}},
		{"a_council_in_a_headline_is_no_name", "City council approves budget\n\nThe city will spend more.",
			[]entityWant{}},
		{"a_named_storm_is_no_name", "Storm Imelda closed roads as Hurricane Basil neared Florida.",
			[]entityWant{{"Florida", Place}}},
		{"a_dateline_with_a_dash", "TACOMA, Wash. — The port reopened on Monday.",
			[]entityWant{{"TACOMA", Place}, {"Wash.", Place}}},
		{"a_dateline_with_a_date_after_a_comma", "Profit rises\n\nPune, Nov 14 (PTI) Auto parts maker Bharat Gears reported a rise.",
			[]entityWant{{"Pune", Place}, {"PTI", Organization}, {"Bharat Gears", Organization}}},
		{"a_dateline_with_a_stations_call_letters", "SPOKANE, Wash. (KSPW) — Two people died outside the Rusty Spur Saloon early Saturday.",
			[]entityWant{{"SPOKANE", Place}, {"Wash.", Place}, {"KSPW", Organization}, {"Rusty Spur Saloon", Place}}},
		{"a_dateline_alone_with_a_dash", "DERBY — A school has closed after a flood.",
			[]entityWant{{"DERBY", Place}}},
		{"a_dateline_on_a_line_of_its_own", "Budget clears legislature\n\nHALIFAX\n\nThe budget passed its final vote early Thursday.",
			[]entityWant{{"HALIFAX", Place}}},
		{"irish_titles_and_letters_after_a_name", "At a hearing, Det Garda Moloney said Gráinne Kiely SC had asked. Sentencing him, Mr Justice Fergal Mannion said it was grave.",
			[]entityWant{{"Moloney", Person}, {"Gráinne Kiely", Person}, {"Fergal Mannion", Person}}},
		{"a_nickname_between_the_parts_of_a_name", `Councilmember Thomas "Tommy" Hargrove voted no.`,
			[]entityWant{{`Thomas "Tommy" Hargrove`, Person}}},
		{"a_title_with_its_remit_before_the_name", "Minister for Housing Claire Donnelly said it. Union Minister of State for Electronics and IT Rakesh Bhandari said so too.",
			[]entityWant{{"Claire Donnelly", Person}, {"Rakesh Bhandari", Person}}},
		{"an_institute_of_two_remits", "The trial was funded by the National Institute for Health and Care Research (NIHR).",
			[]entityWant{{"National Institute for Health and Care Research", Organization}, {"NIHR", Organization}}},
		{"a_short_form_in_mixed_case_in_brackets", "A spokesperson for the Ministry of Electronics and Information Technology (MeitY) said so.",
			[]entityWant{{"Ministry of Electronics and Information Technology", Organization}, {"MeitY", Organization}}},
		{"a_college_whose_city_ends_its_name", "She studied at University College London and King's College London, not Oxford University.",
			[]entityWant{{"University College London", Organization}, {"King's College London", Organization}, {"Oxford University", Organization}}},
		{"a_broadcaster's_call_sign", "Hargrove told KXLY that he would push for reports, and WNBC agreed.",
			[]entityWant{{"Hargrove", Person}, {"KXLY", Organization}, {"WNBC", Organization}}},
		{"the_seat_a_member_represents", "Cllr Jean Ormesby, who represents Harrowgate Hill, asked. The union, which represents Meridian Air’s pilots, agreed. Alhaji Musa Bello spoke.",
			[]entityWant{{"Jean Ormesby", Person}, {"Harrowgate Hill", Place}, {"Meridian Air", Organization}, {"Musa Bello", Person}}},
		{"a_sum_with_a_letter_for_its_currency", "The price rose to N1,200 per litre in Abuja, up from N950.",
			[]entityWant{{"Abuja", Place}}},
		{"a_company_limited", "Nigerian National Petroleum Company Limited said so.",
			[]entityWant{{"Nigerian National Petroleum Company Limited", Organization}}},
		{"places_after_their_kind", "Small manufacturers in states such as Tamil Nadu and Uttar Pradesh struggled.",
			[]entityWant{{"Tamil Nadu", Place}, {"Uttar Pradesh", Place}}},
		{"initials_before_their_leader's_title", "NDP Leader Sandra Whitcombe said the change would do little. US President Joe Biden disagreed.",
			[]entityWant{{"NDP", Organization}, {"Sandra Whitcombe", Person}, {"US", Place}, {"Joe Biden", Person}}},
		{"a_feature_of_the_land_by_its_head", "Floodwaters from the Herbert River cut the town in two and reached the Great Barrier Reef.",
			[]entityWant{{"Herbert River", Place}, {"Great Barrier Reef", Place}}},
		{"a_dateline_with_a_hyphen_for_a_dash", "LEEDS - The city council said the market will open.",
			[]entityWant{{"LEEDS", Place}}},
		{"a_label_before_a_hyphen_is_no_dateline", "UPDATE - The city council said the market will open.",
			[]entityWant{}},
		{"a_name_with_its_question_mark", "The watchdog Fairprice? warned buyers about the deal.",
			[]entityWant{{"Fairprice?", Organization}}},
		{"a_street_is_a_place", "Traffic stopped on Harlan Boulevard for an hour.",
			[]entityWant{{"Harlan Boulevard", Place}}},
		{"a_river_is_a_place", "The River Wendle burst its banks.",
			[]entityWant{{"River Wendle", Place}}},
		{"an_amendment_is_no_name", "They cited the First Amendment in court.",
			[]entityWant{}},
		{"a_title_before_a_name_is_no_organization", "U.S. District Judge Ana Ruiz ruled on Friday.",
			[]entityWant{{"U.S.", Place}, {"Ana Ruiz", Person}}},
		{"a_union_after_a_name", "Portcall, the union that represents dockers, said pay was too low.",
			[]entityWant{{"Portcall", Organization}}},
		{"a_supplier_after_a_name", "Granite Power, the country's largest supplier, raised prices.",
			[]entityWant{{"Granite Power", Organization}}},
		{"a_name_based_somewhere", "Velomark, based in Lyon, makes bicycles.",
			[]entityWant{{"Velomark", Organization}, {"Lyon", Place}}},
		{"analysts_at_a_firm", "Analysts at Goldman Sachs cut their forecasts.",
			[]entityWant{{"Goldman Sachs", Organization}}},
		{"an_analyst_after_a_firm", "Brightline analyst Carla Moss said so.",
			[]entityWant{{"Brightline", Organization}, {"Carla Moss", Person}}},
		{"a_chief_executive_after_a_firm", "It was, Halvern chief executive Tom Reyes said, a hard year.",
			[]entityWant{{"Halvern", Organization}, {"Tom Reyes", Person}}},
		{"a_trust_named_with_and", "The Mercia and Wye Hospitals Trust said beds were full.",
			[]entityWant{{"Mercia and Wye Hospitals Trust", Organization}}},
		{"initials_of_an_organization_named_before", "Nurses backed a strike, the Royal College of Nursing said. The RCN's director spoke.",
			[]entityWant{{"Royal College of Nursing", Organization}, {"RCN", Organization}}},
		{"a_developer_before_its_name", "Developer Harlow Estates says the scheme would help.",
			[]entityWant{{"Harlow Estates", Organization}}},
		{"a_word_inside_a_title_is_no_name", "Chief Technology Officer Mira Murati will serve as interim chief executive.",
			[]entityWant{{"Mira Murati", Person}}},
		{"an_infirmary_ends_its_name", "He was taken to Leeds General Infirmary, where his condition is critical.",
			[]entityWant{{"Leeds General Infirmary", Organization}}},
		{"a_hyphenated_title_before_a_name", "WHO Director-General Tedros Adhanom Ghebreyesus said the spread was worrying.",
			[]entityWant{{"WHO", Organization}, {"Tedros Adhanom Ghebreyesus", Person}}},
		{"a_role_noun_opening_a_sentence_is_no_name", "Chipmaker Vantrel Technologies said sales rose.",
			[]entityWant{{"Vantrel Technologies", Organization}}},
		{"a_name_founded_somewhere", "Brisca, founded in Oslo in 2004, sells ferries.",
			[]entityWant{{"Brisca", Organization}, {"Oslo", Place}}},
		{"a_city_founded_long_ago_stays_a_place", "Rome, founded in 753 BC, grew fast.",
			[]entityWant{{"Rome", Place}}},
		{"a_party_by_a_bare_word", "The minister accused Labour of breaking a promise.",
			[]entityWant{{"Labour", Organization}}},
		{"a_hashtag_names_nothing", "By last evening, the hashtag #NairobiFloods was trending as motorists shared videos from Mombasa Road.",
			[]entityWant{{"Mombasa Road", Place}}},
		{"a_paper_told", "Governor Michael Ouma told the Nation that the county had set aside funds, and told the President it would work.",
			[]entityWant{{"Michael Ouma", Person}, {"Nation", Organization}}},
		{"where residents live", "Residents of Obunga said they had received no warning.",
			[]entityWant{{"Obunga", Place}}},
		{"a_title_with_small_words_of_another_language", "The advisory is read daily on the department’s radio programme “Hali ya Hewa Leo”, said Peter Oduya.",
			[]entityWant{{"Peter Oduya", Person}}},
		{"a_nickname_and_a_slogan_name_nothing", "The program, nicknamed “Ghost Tide”, was launched under the slogan “Silent, Unseen, Sovereign” by Miriam Achterberg.",
			[]entityWant{{"Miriam Achterberg", Person}}},
		{"a_bay_after_off", "The contractor had struggled, and sea trials off Jervis Bay had been halted twice last year, said Michael Bay.",
			[]entityWant{{"Jervis Bay", Place}, {"Michael Bay", Person}}},
		{"a_festival_is_no_place", "Shoppers crowded markets in Pune before Diwali, and again before Eid and Christmas.",
			[]entityWant{{"Pune", Place}}},
		{"a_site_named_by_where_it_is", "The firm will build the unit at its Chakan plant, and workers at the company's Chakan and Ranjangaon plants will train there.",
			[]entityWant{{"Chakan", Place}, {"Chakan", Place}, {"Ranjangaon", Place}}},
		{"a_site_opening_the_text_has_no_owner", "Chakan Motors plants closed on Monday.",
			[]entityWant{{"Chakan Motors", Organization}}},
		{"an_irish_county_abbreviated", "A worker died at a warehouse in Little Island, Co Cork, last May.",
			[]entityWant{{"Little Island", Place}, {"Co Cork", Place}}},
		{"a_body_by_what_only_a_body_has", "Dana Whitcombe, Lumenware’s co-founder and CEO, announced the cuts. Whitcombe founded Vantrel in 2013.",
			[]entityWant{{"Dana Whitcombe", Person}, {"Lumenware", Organization}, {"Whitcombe", Person}, {"Vantrel", Organization}}},
		{"a_holiday_is_no_party", "Markets close for Labour Day on Monday.",
			[]entityWant{}},
		{"an_exchange_by_its_name", "Shares of the firm fell on the Nasdaq on Friday.",
			[]entityWant{{"Nasdaq", Organization}}},
		{"a_building_by_its_head", "Gusts were recorded at Spurn Point and the Clock Tower lost its roof.",
			[]entityWant{{"Spurn Point", Place}, {"Clock Tower", Place}}},
		{"a_street_named_like_a_person", "Eileen Marsh, whose garden on Ashcombe Lane flooded, met Jo Lane.",
			[]entityWant{{"Eileen Marsh", Person}, {"Ashcombe Lane", Place}, {"Jo Lane", Person}}},
		{"a_venue_after_at", "The festival, which takes place at Worthy Farm, opens with a set at St Joseph’s Church.",
			[]entityWant{{"Worthy Farm", Place}, {"St Joseph’s Church", Place}}},
		{"a_court_stays_a_body", "Protesters gathered outside Leeds Crown Court as the trial opened.",
			[]entityWant{{"Leeds Crown Court", Organization}}},
		{"a_firm_named_like_a_venue", "The data was shared with brokers including Harbor Point and State Farm.",
			[]entityWant{{"Harbor Point", Organization}, {"State Farm", Organization}}},
		{"a_school_stays_a_body", "Parents gathered outside Millbrook Academy on Monday.",
			[]entityWant{{"Millbrook Academy", Organization}}},
		{"a_member_after_a_constituency", "Asked by Wyreford MP Jo Lane, the minister told the Commons that the House of Lords would vote.",
			[]entityWant{{"Wyreford", Place}, {"Jo Lane", Person}, {"Commons", Organization}, {"House of Lords", Organization}}},
		{"a_member_after_a_party", "Labour MSP Ewan Gray asked a question.",
			[]entityWant{{"Labour", Organization}, {"Ewan Gray", Person}}},
		{"a_listed_acronym", "Scientists from MIT and the NHS joined the study.",
			[]entityWant{{"MIT", Organization}, {"NHS", Organization}}},
		{"a_listed_body_made_of_title_words", "The Senate voted and the bill went to the House on Friday.",
			[]entityWant{{"Senate", Organization}, {"House", Organization}}},
		{"a_body_before_a_title_stays", "The deal was struck by Senate Majority Leader Ann Cole.",
			[]entityWant{{"Senate", Organization}, {"Ann Cole", Person}}},
		{"a_programme_is_an_organization", "The Rural Food Programme said trucks arrived.",
			[]entityWant{{"Rural Food Programme", Organization}}},
		{"a_court_with_a_plural_possessive", "He will appear before Dunmore Magistrates' Court on Monday.",
			[]entityWant{{"Dunmore Magistrates' Court", Organization}}},
		{"two_remits_joined_in_a_body", "Humberside Fire and Rescue Service said crews attended.",
			[]entityWant{{"Humberside Fire and Rescue Service", Organization}}},
		{"an_occupation_before_a_name", "Veteran actor Miriam Hale wins award.",
			[]entityWant{{"Miriam Hale", Person}}},
		{"companies_known_the_world_over", "It costs less than Samsung's cheapest model. Huawei declined to comment, and so did Apple Inc.",
			[]entityWant{{"Samsung", Organization}, {"Huawei", Organization}, {"Apple Inc.", Organization}}},
		{"a_county", "The warning covers much of Yorkshire and Lincolnshire until Thursday.",
			[]entityWant{{"Yorkshire", Place}, {"Lincolnshire", Place}}},
		{"a_county_force_stays_a_body", "Lincolnshire Police said the road was closed.",
			[]entityWant{{"Lincolnshire Police", Organization}}},
		{"a_broadcaster_and_its_station", "She told ABC Radio on Tuesday, and later BBC Radio Humberside.",
			[]entityWant{{"ABC Radio", Organization}, {"BBC Radio Humberside", Organization}}},
		{"where_a_person_named_with_an_age_comes_from", "\"It is easy,\" said Ella, 15, from Brisbane, who asked that her surname not be used.",
			[]entityWant{{"Ella", Person}, {"Brisbane", Place}}},
		{"a_journal_named_after_the_word", "It appeared in the journal Neurology Today, and later in the journal Heart Research.",
			[]entityWant{{"Neurology Today", Organization}, {"Heart Research", Organization}}},
		{"company_heads_and_banks_named_after_founders", "Veltrix Semiconductor hired Goldman Sachs, and Harlow Capital sold its stake to Morgan Stanley.",
			[]entityWant{{"Veltrix Semiconductor", Organization}, {"Goldman Sachs", Organization}, {"Harlow Capital", Organization}, {"Morgan Stanley", Organization}}},
		{"football_clubs", "Northbridge Rovers beat Castleford United on Saturday.",
			[]entityWant{{"Northbridge Rovers", Organization}, {"Castleford United", Organization}}},
		{"police_ranks_are_titles", "Det Insp Mara Quinn said the search went on.",
			[]entityWant{{"Mara Quinn", Person}}},
		{"a_department_lists_its_remits_with_commas", "The Department for Environment, Food and Rural Affairs and Nato met.",
			[]entityWant{{"Department for Environment, Food and Rural Affairs", Organization}, {"Nato", Organization}}},
		{"a_department_joins_its_remits_with_and", "The Department of Health and Social Care said beds were short.",
			[]entityWant{{"Department of Health and Social Care", Organization}}},
		{"a_site_run_by_a_company", "It sells on Shopnet, the shopping site run by a bank in Asia.",
			[]entityWant{{"Shopnet", Organization}, {"Asia", Place}}},
		{"a_players_corner_in_a_sports_report", "The striker scored in the league match with a header from Jonne Ravik's corner before the goalkeeper saved.",
			[]entityWant{{"Jonne Ravik", Person}}},
		{"between_a_place_and_a_name", "Trains between Cardiff and Pengarth Vale were cancelled.",
			[]entityWant{{"Cardiff", Place}, {"Pengarth Vale", Place}}},
		{"letters_after_a_name_are_not_the_name", "The prosecutor, Sarah Keane KC, told jurors the fire was deliberate.",
			[]entityWant{{"Sarah Keane", Person}}},
		{"a_firm_named_like_a_person_after_an_analyst_at", "said Kathy Jones, chief strategist at Charles Schwab.",
			[]entityWant{{"Kathy Jones", Person}, {"Charles Schwab", Organization}}},
		{"no_one_is_a_which", "Lockheed Martin, which built the capsule, faces a tight schedule.",
			[]entityWant{{"Lockheed Martin", Organization}}},
		{"a_union_named_before_the_word", "Drivers in the Aslef union will strike.",
			[]entityWant{{"Aslef", Organization}}},
		{"a_union_keeps_the_name_the_tagger_found", "The Force Ouvrière union regrets that its remarks were not included.",
			[]entityWant{{"Force Ouvrière", Organization}}},
		{"a_party_before_a_name_is_no_name", "Democrat Alvarez won the race.",
			[]entityWant{{"Alvarez", Person}}},
		{"a_name_set_off_after_a_role_is_a_person", "Sudan's ambassador, Al-Harith Idriss, welcomed the veto.",
			[]entityWant{{"Sudan", Place}, {"Al-Harith Idriss", Person}}},
		{"firms_listed_after_retailers_opening_a_sentence", "Retailers including Walmart, Target and Kroger have pulled the products.",
			[]entityWant{{"Walmart", Organization}, {"Target", Organization}, {"Kroger", Organization}}},
		{"an_app_the_tagger_reads_as_a_place", "She wrote on Instagram that the album saved her.",
			[]entityWant{{"Instagram", Organization}}},
		{"an_irish_county", "She lives in Schull, County Cork.",
			[]entityWant{{"Schull", Place}, {"County Cork", Place}}},
		{"a_town_named_after_a_fort", "Landfall is expected near Fort Myers on Wednesday.",
			[]entityWant{{"Fort Myers", Place}}},
		{"a_body_named_with_of_the_after_a_role_at", `"This is greenwashing," said Rosie Hughes, policy director at Friends of the Earth.`,
			[]entityWant{{"Rosie Hughes", Person}, {"Friends of the Earth", Organization}}},
		{"a_firm_of_two_names", `"This is theft," said Daniel Ruiz, a partner at the firm Ruiz & Colbert.`,
			[]entityWant{{"Daniel Ruiz", Person}, {"Ruiz & Colbert", Organization}}},
		{"a_club_before_a_players_role_after_a_title", "Former Chelsea striker Didier Drogba said it.",
			[]entityWant{{"Chelsea", Organization}, {"Didier Drogba", Person}}},
		{"a_name_paired_with_a_place_a_rule_found", "Landfall is expected between Fort Myers and Cedar Key on Wednesday.",
			[]entityWant{{"Fort Myers", Place}, {"Cedar Key", Place}}},
		{"a_storms_name_alone_is_the_storm", "Hurricane Delia strengthened on Monday. Forecasters said Delia could make landfall in Tampa.",
			[]entityWant{{"Tampa", Place}}},
		{"a_journey_to_a_city_in_a_sports_report", "The striker scored a hat-trick in the league. He is expected to travel to London for a medical.",
			[]entityWant{{"London", Place}}},
		{"a_firm_paired_with_a_bank_a_rule_found", "Investors await results from JPMorgan Chase and Wells Fargo on Friday.",
			[]entityWant{{"JPMorgan Chase", Organization}, {"Wells Fargo", Organization}}},
		{"a_newspaper_named_with_its_article", "Laurent Berger told Le Monde that workers felt humiliated.",
			[]entityWant{{"Laurent Berger", Person}, {"Le Monde", Organization}}},
		{"shares_in_a_company", "Shares in Brightline fell 4% in early trading.",
			[]entityWant{{"Brightline", Organization}}},
		{"former_before_a_body_in_a_headline", "Former Senate leader Harold Brooks dies at 91",
			[]entityWant{{"Senate", Organization}, {"Harold Brooks", Person}}},
		{"a_presidents_administration", "The Trump administration is considering new limits on student visas.",
			[]entityWant{{"Trump", Person}}},
		{"a_keepers_title", "Keeper Dave Baker said the mother was doing well.",
			[]entityWant{{"Dave Baker", Person}}},
		{"a_fire_marshals_title", "Holden Matthews was arrested Wednesday night and faces three counts of arson, state Fire Marshal Butch Browning said at a news conference.",
			[]entityWant{{"Holden Matthews", Person}, {"Butch Browning", Person}}},
		{"an_age_at_the_end_of_the_sentence", `"We were supposed to fly to Bali," said Lotte de Vries, 29.`,
			[]entityWant{{"Bali", Place}, {"Lotte de Vries", Person}}},
		{"the_eu_statistics_office", "Euro zone inflation eased to 2.2% in August, Eurostat data showed on Friday.",
			[]entityWant{{"Eurostat", Organization}}},
		{"a_newspaper_named_after_a_listed_city", `"Contamination is always the first explanation," he told the New York Times.`,
			[]entityWant{{"New York Times", Organization}}},
		{"apple_capitalised_is_the_company", "Apple on Tuesday unveiled its thinnest iPhone yet.",
			[]entityWant{{"Apple", Organization}}},
		{"a_contraction_is_no_name", `"We're not asking for kids to be on TikTok in class," said Megan Ross. "We're asking for them to be able to call us."`,
			[]entityWant{{"TikTok", Organization}, {"Megan Ross", Person}}},
		{"a_department_before_its_spokesperson", "A Department for Transport spokesperson said the offer was fair.",
			[]entityWant{{"Department for Transport", Organization}}},
		{"rail_ends_an_organization", "Network Rail says the line will close. Indian Railways said fares would rise.",
			[]entityWant{{"Network Rail", Organization}, {"Indian Railways", Organization}}},
		{"an_event_head_alone_stands_for_the_event", "Star withdraws from Open with injury\n\nElena Kovac has pulled out of the Australian Open, her team said.",
			[]entityWant{{"Elena Kovac", Person}}},
		{"q_and_a_is_a_label", "Q&A: The author who spent ten years writing about her grandmother\n\nThe novelist Amira Haddad talks to us about memory.",
			[]entityWant{{"Amira Haddad", Person}}},
		{"letters_after_a_name_are_no_body", "Carver's barrister, Tom Reeves KC, argued that his client had been overwhelmed.",
			[]entityWant{{"Carver", Person}, {"Tom Reeves", Person}}},
		{"a_critic_before_a_name", `The critic Ada Lindqvist once called her work "architecture that breathes".`,
			[]entityWant{{"Ada Lindqvist", Person}}},
		{"a_place_before_based", "It is the second round of job cuts at the San Francisco-based company this year.",
			[]entityWant{{"San Francisco", Place}}},
		{"new_before_a_name_is_part_of_it", "The team lost. New Zealand coach Gary Stead admitted his side had been outplayed.",
			[]entityWant{{"New Zealand", Place}, {"Gary Stead", Person}}},
		{"our_between_names_is_part_of_them", "Campaign group Save Our Fields said it would consider a legal challenge.",
			[]entityWant{{"Save Our Fields", Organization}}},
		{"a_streaming_service_before_its_name", "Streaming service Vidora will raise its prices next month, the company said on Tuesday.",
			[]entityWant{{"Vidora", Organization}}},
		{"a_chief_title_in_capitals_before_a_name", "Chief Executive Priya Natarajan demonstrated the glasses.",
			[]entityWant{{"Priya Natarajan", Person}}},
		{"a_childrens_hospital", "She was treated at Lakeshore Children's Hospital in Akron.",
			[]entityWant{{"Lakeshore Children's Hospital", Organization}, {"Akron", Place}}},
		{"a_centre_whose_remits_and_joins", "The Centers for Disease Control and Prevention said cases rose.",
			[]entityWant{{"Centers for Disease Control and Prevention", Organization}}},
		{"a_club_before_its_manager_in_a_sports_report", "Ipswich Town manager Kieran McKenna said the second goal was offside after the match, in which his striker missed a penalty.",
			[]entityWant{{"Ipswich Town", Organization}, {"Kieran McKenna", Person}}},
		{"an_office_whose_remits_and_joins", "The Office of Rail and Road said it would investigate.",
			[]entityWant{{"Office of Rail and Road", Organization}}},
		{"a_school_district_and_no_one", "Somebody told the Cascade Falls School District. Nobody answered.",
			[]entityWant{{"Cascade Falls School District", Organization}}},
		{"a_plurals_possessive_with_a_curly_apostrophe_in_a_bodys_name", "A spokesman for the British Airline Pilots’ Association said so.",
			[]entityWant{{"British Airline Pilots’ Association", Organization}}},
		{"a_given_name_alone_of_a_player_named_in_full_is_no_team", "The striker Luca Brennan scored in the league game, and Brennan was fouled twice.\n\n“Luca is focused on the next match,” the manager said. “Luca will be playing on Saturday.”",
			[]entityWant{{"Luca Brennan", Person}, {"Brennan", Person}, {"Luca", Person}, {"Luca", Person}}},
		{"irish_names_with_the_particles_of_their_surnames", "The chief executive, Nuala Ní Bhriain, said the Taoiseach, Éamon Mac Cárthaigh, was wrong. Tánaiste Ciarán Mac Giolla Phádraig spoke after Ms Ní Bhriain.",
			[]entityWant{{"Nuala Ní Bhriain", Person}, {"Éamon Mac Cárthaigh", Person}, {"Ciarán Mac Giolla Phádraig", Person}, {"Ní Bhriain", Person}}},
		{"a_spokesperson_on_a_brief_is_a_partys", "Sinn Féin’s housing spokeswoman, Caoimhe Ní Dhonnchadha, spoke. Sarah Collins’s press spokeswoman declined to comment.",
			[]entityWant{{"Sinn Féin", Organization}, {"Caoimhe Ní Dhonnchadha", Person}, {"Sarah Collins", Person}}},
		{"a_given_name_alone_of_someone_named_in_full", "The jury found Darnell Whitlock guilty in the death of 19-year-old Tavion Greer outside a store.\n\nThe family first spoke publicly about Tavion's death last November.\n\n\"Our thoughts remain with Tavion's family,\" the department said.",
			[]entityWant{{"Darnell Whitlock", Person}, {"Tavion Greer", Person}, {"Tavion", Person}, {"Tavion", Person}}},
		{"the_mayor_of_a_council_is_of_the_body", "Jenny Halloran, mayor of Murrindal Shire Council, said so.",
			[]entityWant{{"Jenny Halloran", Person}, {"Murrindal Shire Council", Organization}}},
		{"a_firm_named_by_its_first_word_before_an_industry_and_a_suffix", "Noordlicht Semiconductors NV shares fell. Noordlicht, Europe's third-largest chipmaker, has bet on AI.",
			[]entityWant{{"Noordlicht Semiconductors NV", Organization}, {"Noordlicht", Organization}, {"Europe", Place}}},
		{"a_states_initials_and_a_broadcasters_rural_service", "Parts of western NSW are dry, Ms Whitlock told ABC Rural. The NSW Department of Primary Industries agreed.",
			[]entityWant{{"NSW", Place}, {"Whitlock", Person}, {"ABC Rural", Organization}, {"NSW Department of Primary Industries", Organization}}},
		{"arabic_names_and_places_the_tagger_takes_for_people", "Reporting from Adre, Al Jazeera’s Osman el-Tayeb said the road was bad. Dr Amna al-Fadil said cases had tripled. Fighting went on in Sudan’s North Darfur state and in El Fasher.",
			[]entityWant{{"Adre", Place}, {"Al Jazeera", Organization}, {"Osman el-Tayeb", Person}, {"Amna al-Fadil", Person}, {"Sudan", Place}, {"North Darfur", Place}, {"El Fasher", Place}}},
		{"a_body_under_the_initials_of_the_one_it_belongs_to", "In its latest report, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said aid had stalled.",
			[]entityWant{{"UN Office for the Coordination of Humanitarian Affairs", Organization}, {"OCHA", Organization}}},
		{"a_group_with_its_allies_and_a_title_no_body", "OPEC+ will meet on Monday. Saudi Energy Minister Khalid al-Mansour spoke, and so did Republican Party Chairman Reince Priebus.",
			[]entityWant{{"OPEC+", Organization}, {"Khalid al-Mansour", Person}, {"Republican Party", Organization}, {"Reince Priebus", Person}}},
		{"a_councillor_by_surname_a_broadcasters_initials_and_a_compass_word_opening_a_body", "Cr Graham Mossop voted against. “Nobody is arguing,” Cr Mossop said. RNZ reported in August that Derek Halloran, chairman of the Eastern Bays Ratepayers’ Association, objected.",
			[]entityWant{{"Graham Mossop", Person}, {"Mossop", Person}, {"RNZ", Organization}, {"Derek Halloran", Person}, {"Eastern Bays Ratepayers’ Association", Organization}}},
		{"the_state_of_a_lawmakers_party_label", "Rep. Brent Kowalczyk (R-Iowa) and Rep. Luis Carrasco (D-Ohio) disagreed.",
			[]entityWant{{"Brent Kowalczyk", Person}, {"Iowa", Place}, {"Luis Carrasco", Person}, {"Ohio", Place}}},
		{"a_journal_a_study_is_published_in_and_an_ice_shelf", "The findings, published on Wednesday in Nature, come from surveys beneath the Thorsby Ice Shelf. Another study appeared in the journal Neurology Today. It was published in London.",
			[]entityWant{{"Nature", Organization}, {"Thorsby Ice Shelf", Place}, {"Neurology Today", Organization}, {"London", Place}}},
		{"a_countrys_own_named_after_its_possessive", "The seed beat Spain’s Lucía Peñafiel on Tuesday, and Serbia’s Nikola Đurić won too. Fighting went on in Sudan’s North Darfur state.",
			[]entityWant{{"Spain", Place}, {"Lucía Peñafiel", Person}, {"Serbia", Place}, {"Nikola Đurić", Person}, {"Sudan", Place}, {"North Darfur", Place}}},
		{"a_quoted_title_after_a_work_noun", `Haddad's novel, "The Lemon House", is out on Thursday. His 1965 album "Night on the South Side" sold well.`,
			[]entityWant{{"Haddad", Person}}},
		{"dutch_and_german_particles_whatever_the_tagger_made_of_the_surname", "“We will fight,” said Annelie van der Merwe, chief executive of the chamber. Friedrich zu Wendelstein told DW: “No.” Carnival came to Rio de Janeiro.",
			[]entityWant{{"Annelie van der Merwe", Person}, {"Friedrich zu Wendelstein", Person}, {"DW", Organization}, {"Rio de Janeiro", Place}}},
		{"a_members_title_after_a_party_and_a_bills_number", "Workers’ Party MP Nurul Huda Rahmat welcomed the move. The measure, Senate Bill 1184, failed in the Arizona Legislature.",
			[]entityWant{{"Workers’ Party", Organization}, {"Nurul Huda Rahmat", Person}, {"Arizona Legislature", Organization}}},
		{"a_ministers_remit_after_for_and_a_corporals_rank", "Minister for National Development Lim Jun Hao spoke. Secretary for Justice Paul Lam agreed. Cpl. Janelle Thibodeau was blunt.",
			[]entityWant{{"Lim Jun Hao", Person}, {"Paul Lam", Person}, {"Janelle Thibodeau", Person}}},
		{"a_ships_prefix_and_a_nigerian_given_name", "The operator confirmed that the MV Loch Sheallag would stay in port. Ngozi Nwankwo, who sells tomatoes, was angry.",
			[]entityWant{{"Ngozi Nwankwo", Person}}},
		{"dutch_particles_the_tagger_left_alone_and_a_schools_name", "Pieter van Aalst, a Dutch MEP, wrote on X that it was late. Pupils will move to Garfield Elementary.",
			[]entityWant{{"Pieter van Aalst", Person}, {"X", Organization}, {"Garfield Elementary", Organization}}},
		{"a_place_and_words_naming_no_place_that_speak_are_a_body", "The fire grew, according to Alberta Wildfire. Kenya Power said outages would end. Kansas City said it would appeal.",
			[]entityWant{{"Alberta Wildfire", Organization}, {"Kenya Power", Organization}, {"Kansas City", Place}}},
		{"a_freeway_by_its_number_and_an_avenue", "Inspectors closed ramps where the 10 Freeway meets the 710 Freeway. He has lived on Avenue 57 since 1979.",
			[]entityWant{{"10 Freeway", Place}, {"710 Freeway", Place}, {"Avenue 57", Place}}},
		{"a_party_of_two_words_opening_a_sentence", "Sinn Féin councillor Éamonn Ó Catháin proposed the motion. Fine Gael’s Cllr Orla Hegarty spoke.",
			[]entityWant{{"Sinn Féin", Organization}, {"Éamonn Ó Catháin", Person}, {"Fine Gael", Organization}, {"Orla Hegarty", Person}}},
		{"numbered_roads_and_falls", "A checkpoint was set up on Highway 88 near Keewatin Falls. Traffic went from Route 66 to State Route 9. The Cascade Falls Education Association voted to strike.",
			[]entityWant{{"Highway 88", Place}, {"Keewatin Falls", Place}, {"Route 66", Place}, {"State Route 9", Place}, {"Cascade Falls Education Association", Organization}}},
		{"listed_bodies_a_german_firm_and_a_news_site", "The row over Deutsche Bahn grew. In Soweto, residents told News24 they had barely noticed.",
			[]entityWant{{"Deutsche Bahn", Organization}, {"Soweto", Place}, {"News24", Organization}}},
		{"a_bodys_name_with_two_fields", "Annelie Smit of the Highveld Chamber of Commerce and Industry spoke. The National Union of Energy and Allied Workers agreed. The Chamber of Commerce and Tesco signed a deal.",
			[]entityWant{{"Annelie Smit", Person}, {"Highveld Chamber of Commerce and Industry", Organization}, {"National Union of Energy and Allied Workers", Organization}, {"Chamber of Commerce", Organization}, {"Tesco", Organization}}},
		{"a_surname_with_its_particle_alone_and_philippine_titles", "Rep. Jose Miguel De Guzman denied it. “Never,” De Guzman said. “No,” said Engr. Florante Macaraeg. His lawyer, Atty. Gregorio Lacson, spoke too.",
			[]entityWant{{"Jose Miguel De Guzman", Person}, {"De Guzman", Person}, {"Florante Macaraeg", Person}, {"Gregorio Lacson", Person}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Annotate(tt.text, Options{})
			assert.Equal(t, tt.want, gotEntities(d))
		})
	}
}

func TestEntityConsistency(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []entityWant
	}{
		{"a_company_short_the_tagger_reads_as_a_place", "Meta Platforms will let users refuse. Regulators welcomed Meta's decision. A spokesperson for Meta said more. Meta still believed in it, and Meta's shares rose.",
			[]entityWant{{"Meta Platforms", Organization}, {"Meta", Organization}, {"Meta", Organization}, {"Meta", Organization}, {"Meta", Organization}}},
		{"company_without_its_head", "Dravex Systems agreed the deal. The buyer valued Dravex at $2 billion.",
			[]entityWant{{"Dravex Systems", Organization}, {"Dravex", Organization}}},
		{"food_company_without_its_head", "Halvorsen Foods lowered its forecast. She added that Halvorsen would cut prices from November and close one of its two factories in Denmark.",
			[]entityWant{{"Halvorsen Foods", Organization}, {"Halvorsen", Organization}, {"Denmark", Place}}},
		{"surname_after_full_name", "Sergei Lavrov arrived. Later Lavrov left.",
			[]entityWant{{"Sergei Lavrov", Person}, {"Lavrov", Person}}},
		{"name_found_once_found_everywhere", "Acme Inc. hired staff. Analysts said Acme would grow.",
			[]entityWant{{"Acme Inc.", Organization}, {"Acme", Organization}}},
		{"headline_in_capitals", "KENT WIN TITLE\nKent beat Essex in the cricket league. Kent 259 and 207 for the innings. Essex 198, wickets fell.",
			[]entityWant{{"KENT", Organization}, {"Kent", Organization}, {"Essex", Organization}, {"Kent", Organization}, {"Essex", Organization}}},
		{"a_surname_outvotes_the_list_of_places", "Director Neil Jordan shot the film in Dublin. \"It was hard,\" Jordan said. Jordan defends his decision to make the film. The film shows Jordan at his best.",
			[]entityWant{{"Neil Jordan", Person}, {"Dublin", Place}, {"Jordan", Person}, {"Jordan", Person}, {"Jordan", Person}}},
		{"a_place_after_in_stays_a_place", "In Montreal, Scott Sanders allowed one hit in the baseball game. Montreal lost 5-3 to Atlanta in the league, the pitcher struck out eight and the homer came late.",
			[]entityWant{{"Montreal", Place}, {"Scott Sanders", Person}, {"Montreal", Organization}, {"Atlanta", Organization}}},
		{"a_lone_word_read_as_a_person_in_a_sports_report_is_a_team", "Kent stepped up a gear in the innings and the bowler took three wickets. By stumps Kent had reached 108 for three in the cricket league.",
			[]entityWant{{"Kent", Organization}, {"Kent", Organization}}},
		{"a_place_after_at_stays_a_place", "Atlanta beat Chicago 5-3 in the league as the pitcher gave up one homer. Chicago play at Atlanta on Friday.",
			[]entityWant{{"Atlanta", Organization}, {"Chicago", Organization}, {"Chicago", Organization}, {"Atlanta", Place}}},
		{"a_club_by_the_last_word_of_its_name_in_a_sports_report", "Castleford City beat Northbridge Rovers after a stoppage-time header. City had trailed at the break, and the opener came from a corner in the league.",
			[]entityWant{{"Castleford City", Organization}, {"Northbridge Rovers", Organization}, {"City", Organization}}},
		{"a_full_name_whose_surname_alone_is_a_person", "LONDON (AP) — Bukayo Saka came off the bench. Saka crossed twice, and Saka's pace won it, the coach said of Saka.",
			[]entityWant{{"LONDON", Place}, {"AP", Organization}, {"Bukayo Saka", Person}, {"Saka", Person}, {"Saka", Person}, {"Saka", Person}}},
		{"a_first_name_read_alone_joins_the_surname_written_alone_elsewhere", `Taylor Swift said on Monday that the tour was over. "It meant everything to me," Swift wrote.`,
			[]entityWant{{"Taylor Swift", Person}, {"Swift", Person}}},
		{"a_place_whose_last_word_alone_is_a_person_once_is_that_person", "Max Verstappen won, holding off Lando Norris by a second. Norris said the team had been too cautious.",
			[]entityWant{{"Max Verstappen", Person}, {"Lando Norris", Person}, {"Norris", Person}}},
		{"a_cape_stays_a_place_beside_a_person_of_its_last_word", "Visitors to Cape Breton praised the coast. Breton said the island was ready.",
			[]entityWant{{"Cape Breton", Place}, {"Breton", Person}}},
		{"a_lone_word_joined_to_a_listed_place_after_a_word_for_where", "Protests in London and Bristol grew. Commuters on routes into Manchester and Leeds.",
			[]entityWant{{"London", Place}, {"Bristol", Place}, {"Manchester", Place}, {"Leeds", Place}}},
		{"a_lone_word_joined_to_a_place_the_tagger_found_after_in", "Many of our members in Kano and Kaduna have shut their stations.",
			[]entityWant{{"Kano", Place}, {"Kaduna", Place}}},
		{"a_headlines_first_word_written_in_lower_case_below_is_no_name", "Jazz pianist Marcus Hale dies at 81\n\nMarcus Hale, the jazz pianist whose records sold millions, has died. Brown said the plan would work. She has brown hair.",
			[]entityWant{{"Marcus Hale", Person}, {"Marcus Hale", Person}, {"Brown", Person}}},
		{"a_list_takes_its_majority_type", "Mark Calcavecchia, Payne Stewart, Billy Mayfair, Ken Green and Jerry Kelly are out.",
			[]entityWant{{"Mark Calcavecchia", Person}, {"Payne Stewart", Person}, {"Billy Mayfair", Person}, {"Ken Green", Person}, {"Jerry Kelly", Person}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Annotate(tt.text, Options{})
			assert.Equal(t, tt.want, gotEntities(d))
		})
	}
}

// clusterOf returns the cluster of the entity at span s.
func clusterOf(t *testing.T, d *Document, s Span) Cluster {
	t.Helper()
	for _, e := range d.Entities {
		if e.Span == s {
			return d.Clusters[e.Cluster]
		}
	}
	t.Fatalf("no entity at %q", s.Of(d.Text))
	return Cluster{}
}

func TestEntityClusters(t *testing.T) {
	t.Run("lavrov_variants_one_person", func(t *testing.T) {
		text := "Russian Foreign Minister Sergei Lavrov met John Kerry in Geneva. Lavrov said the talks went well. Sergey Lavrov later flew home."
		d := Annotate(text, Options{})
		full := clusterOf(t, d, at(t, text, "Sergei Lavrov"))
		assert.Equal(t, "Sergei Lavrov", full.Name)
		assert.Equal(t, Person, full.Kind)
		assert.Equal(t, "Russian Foreign Minister", full.Title)
		require.Len(t, full.Members, 3)
		assert.Equal(t, []string{"Sergei Lavrov", "Lavrov", "Sergey Lavrov"}, []string{
			d.Entities[full.Members[0]].Of(text), d.Entities[full.Members[1]].Of(text), d.Entities[full.Members[2]].Of(text)})
		assert.Equal(t, "John Kerry", clusterOf(t, d, at(t, text, "John Kerry")).Name)
	})
	t.Run("a_first_name_alone_is_the_one_person_named_in_full_with_it", func(t *testing.T) {
		text := "Steve Jobs resigned as chief executive of Apple. Tim Cook takes over. Steve will remain chairman."
		d := Annotate(text, Options{})
		assert.Equal(t, "Steve Jobs", clusterOf(t, d, at(t, text, "Steve", 1)).Name)
	})
	t.Run("a_first_name_two_people_share_stays_apart", func(t *testing.T) {
		text := "Steve Jobs met Steve Ballmer in Seattle. Steve said no."
		d := Annotate(text, Options{})
		assert.Equal(t, "Steve", clusterOf(t, d, at(t, text, "Steve", 2)).Name)
	})
	t.Run("a_title_before_a_surname_two_people_share_picks_by_gender", func(t *testing.T) {
		text := "Margaret Holloway died in January. Her son Gareth Holloway spoke. Mr Holloway, 51, told the BBC he had raised the alarm. Mrs Holloway had been kept in a corridor."
		d := Annotate(text, Options{})
		assert.Equal(t, "Gareth Holloway", clusterOf(t, d, at(t, text, "Holloway", 2)).Name)
		assert.Equal(t, "Margaret Holloway", clusterOf(t, d, at(t, text, "Holloway", 3)).Name)
	})
	t.Run("a_surname_with_a_lower_case_particle_alone_joins_the_full_name", func(t *testing.T) {
		text := "“We have commitments,” said Faisal bin Jassim al-Kuwari, the ministry’s spokesman. On Sunday, al-Kuwari told reporters the talks were hard."
		d := Annotate(text, Options{})
		assert.Equal(t, "Faisal bin Jassim al-Kuwari", clusterOf(t, d, at(t, text, "al-Kuwari", 1)).Name)
	})
	t.Run("a_firm_by_its_name_without_suffix_and_trade", func(t *testing.T) {
		text := "Auto parts maker Sahyadri Auto Components Ltd reported a rise in profit. Revenue rose 12 per cent, Sahyadri Auto said in a filing."
		d := Annotate(text, Options{})
		assert.Equal(t, "Sahyadri Auto Components Ltd", clusterOf(t, d, at(t, text, "Sahyadri Auto", 1)).Name)
	})
	t.Run("a_police_force_with_and_without_its_last_word", func(t *testing.T) {
		text := "Spokane Police Chief Renee Holloway spoke on Saturday. The suspect is held in jail, the Spokane Police Department said."
		d := Annotate(text, Options{})
		assert.Equal(t, "Spokane Police Department", clusterOf(t, d, at(t, text, "Spokane Police")).Name)
	})
	t.Run("un_is_united_nations", func(t *testing.T) {
		text := "The United Nations said aid would come. U.N. officials agreed."
		d := Annotate(text, Options{})
		a, b := clusterOf(t, d, at(t, text, "United Nations")), clusterOf(t, d, at(t, text, "U.N."))
		assert.Equal(t, a.Name, b.Name)
		assert.Equal(t, "United Nations", a.Name)
		assert.Equal(t, Organization, b.Kind)
	})
	t.Run("a_body_and_its_head_in_another_case", func(t *testing.T) {
		text := "Eastbridge council promised new buses. Council leader Mark Fenwick defended the plan."
		d := Annotate(text, Options{})
		a, b := clusterOf(t, d, at(t, text, "Eastbridge council")), clusterOf(t, d, at(t, text, "Council"))
		assert.Equal(t, "Eastbridge council", b.Name, "one body")
		assert.Equal(t, a.Name, b.Name)
	})
	t.Run("a_company_with_and_without_its_suffix", func(t *testing.T) {
		for _, text := range []string{
			"Brightwave Inc. said it will cut jobs. Shares of Brightwave fell.",
			"Shares of Brightwave fell. Brightwave Inc. said it will cut jobs.",
			"Shares of Acme fell after Acme, Ltd. cut its forecast.",
		} {
			d := Annotate(text, Options{})
			require.Len(t, d.Clusters, 1, "%q: one company, %v", text, d.Clusters)
			assert.Len(t, d.Clusters[0].Members, 2, text)
			assert.Equal(t, Organization, d.Clusters[0].Kind, text)
		}
	})
	t.Run("place_as_speaker_stays_place", func(t *testing.T) {
		text := `"The plan will fail," Moscow says.`
		d := Annotate(text, Options{})
		c := clusterOf(t, d, at(t, text, "Moscow"))
		assert.Equal(t, Place, c.Kind)
		require.NotEmpty(t, d.Quotes)
		require.GreaterOrEqual(t, d.Quotes[0].Source, 0)
		sp := d.Speakers[d.Quotes[0].Source]
		assert.Equal(t, "Moscow", sp.Name)
		assert.Equal(t, SpeakerOrganization, sp.Kind)
	})
}

// TestEntityLayer checks the layer's contract: sorted, non-overlapping,
// every entity in a cluster of its kind that lists it.
func TestEntityLayer(t *testing.T) {
	text := "KENT WIN\nRussian Foreign Minister Sergei Lavrov met U.N. envoy Lakhdar Brahimi in Geneva (Reuters). " +
		"Lavrov said the United Nations and NATO would meet. Leeds 2 Chelsea 1. Sergey Lavrov flew to Moscow."
	d := Annotate(text, Options{})
	require.NotEmpty(t, d.Entities)
	for i, e := range d.Entities {
		if i > 0 {
			assert.LessOrEqual(t, d.Entities[i-1].End, e.Start, "entities overlap or are unsorted")
		}
		require.GreaterOrEqual(t, e.Cluster, 0)
		c := d.Clusters[e.Cluster]
		assert.Equal(t, c.Kind, e.Kind)
		assert.Contains(t, c.Members, i)
	}
}

func TestEntityParticleNames(t *testing.T) {
	text := "Syrian President Bashar al-Assad spoke. Assad said no."
	d := Annotate(text, Options{})
	assert.Equal(t, []entityWant{{"Bashar al-Assad", Person}, {"Assad", Person}}, gotEntities(d))
	full, short := clusterOf(t, d, at(t, text, "Bashar al-Assad")), clusterOf(t, d, at(t, text, "Assad", 1))
	assert.Equal(t, full.Name, short.Name)
	assert.Equal(t, "Syrian President", full.Title)
}

func TestEntityTitlesAreNoOrganizations(t *testing.T) {
	text := "U.S. Secretary of State John Kerry arrived.\n\nRussia Pushes Syria Peace Plan\n\nThe talks went on."
	d := Annotate(text, Options{})
	for _, e := range gotEntities(d) {
		assert.NotEqual(t, Organization, e.kind, "%q", e.text)
	}
	assert.Contains(t, gotEntities(d), entityWant{"John Kerry", Person})
}

func TestFieldsMatchesStrings(t *testing.T) {
	for _, s := range []string{"", " ", "Lavrov", "Sergei Lavrov", "  Sergei \t Viktorovich\nLavrov  ", "a\u00a0b", "a\u2003b\u0085c", "x\xffy z", "\u200bzero"} {
		want := strings.Fields(s)
		first, last, n := fields(s)
		require.Equal(t, len(want), n, "%q", s)
		if n > 0 {
			assert.Equal(t, want[0], first, "%q", s)
			assert.Equal(t, want[n-1], last, "%q", s)
		}
	}
}

// TestTitles reads a person's title before the name, and set off before it
// by a comma after a possessive or a determiner.
func TestTitles(t *testing.T) {
	for _, tt := range []struct{ text, name, title string }{
		{"Rovers manager Gareth Lowe spoke.", "Gareth Lowe", "manager"},
		{"The deal was done, European Council President António Costa wrote.", "António Costa", "European Council President"},
		{"On Monday, FBI Director James Comey spoke.", "James Comey", "FBI Director"},
		{"Castleford's coach, Anna Berg, was less happy.", "Anna Berg", "coach"},
		{"Its medical director, Sarah Quinn, told the BBC.", "Sarah Quinn", "medical director"},
		{"The minister, Ann Lee, resigned.", "Ann Lee", "minister"},
		{"The study's lead author, Dr Amara Okafor, spoke.", "Amara Okafor", "Dr"},
		{"They met the team's coach, Ann Lee.", "Ann Lee", "coach"},
		{"The Minister for Housing, Ciarán Mac Lochlainn, said so.", "Ciarán Mac Lochlainn", "Minister for Housing"},
		// no title: a list, a name opening a clause, a word that is no role
		{"He thanked the players, Ann Lee and Tom Ray.", "Ann Lee", ""},
		{"When she met the coach, Ann Lee smiled.", "Ann Lee", ""},
		{"The author, Ann Lee, spoke.", "Ann Lee", ""},
	} {
		d := Annotate(tt.text, Options{})
		assert.Equal(t, tt.title, clusterOf(t, d, at(t, tt.text, tt.name)).Title, tt.text)
	}
}

// TestKinshipGender reads a person's gender from a kinship word set before
// the name, over a pronoun that follows it: in "her late husband, director
// Paul Hale, and joked that she had …" the "she" is not Paul Hale.
func TestKinshipGender(t *testing.T) {
	text := "Accepting the honour, the actor thanked her late husband, director Paul Hale, and joked that she had outlasted the studios."
	d := Annotate(text, Options{})
	g := clusterGenders(d, newDocWords(d))
	var paul Cluster
	for i, c := range d.Clusters {
		if c.Name == "Paul Hale" {
			paul = c
			assert.Positive(t, g[i], "Paul Hale is a husband")
		}
	}
	require.Equal(t, "Paul Hale", paul.Name)
}

// TestUntaggedSentencesHoldNoNames checks that the sentences mayName lets
// the tagger skip hold no name it would have found: every hand-checked
// article gives the same names with every sentence tagged.
func TestUntaggedSentencesHoldNoNames(t *testing.T) {
	files, err := filepath.Glob("testdata/articles/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		skipped := Annotate(string(b), Options{}).Entities
		tagEverySentence = true
		all := Annotate(string(b), Options{}).Entities
		tagEverySentence = false
		assert.Equal(t, all, skipped, f)
	}
}
