#include "catalogue/vocabulary.h"

#include "catalogue/sqlite.h"

namespace sozialraum::catalogue::vocabulary
{

namespace
{

std::vector<SeedTaxonomy> buildTaxonomies()
{
  std::vector<SeedTaxonomy> list;
  list.push_back(
      { THEME_TAXONOMY_ID,
        "Themen der Quartiersentwicklung (Thesen der Freien Wohlfahrtspflege NRW)",
        "Die sieben Handlungsfelder der Thesen der Freien Wohlfahrtspflege NRW, in die sich Angebote einordnen lassen.",
        "",
        {
            { "9bfb0b57-51f5-4d47-8859-8a58703bc936", "services_of_general_interest", "Kommunale Daseinsvorsorge",
              "Öffentliche Grundversorgung vor Ort: Beratung, Verwaltung, soziale Infrastruktur.", "" },
            { "806733a9-d841-4700-aace-532051e021a9", "overcoming_silos", "Versäulung überwinden",
              "Zusammenarbeit über Ressorts, Träger und Rechtskreise hinweg; Vernetzung im Quartier.", "" },
            { "ac13e435-1b8d-4b0b-9676-2500d85b745d", "housing", "Wohnen",
              "Bezahlbares, barrierefreies und sicheres Wohnen; Hilfen bei Wohnungsnotfällen.", "" },
            { "5755cc80-4a32-4c68-88c4-6995a06492d6", "participation", "Teilhabe und Beteiligung",
              "Gesellschaftliche Teilhabe, Engagement und Mitwirkung der Bewohnerinnen und Bewohner.", "" },
            { "c18773f2-5cd9-472c-af08-2ae2cd01937c", "education", "Bildung",
              "Bildung in allen Lebensphasen, von der frühen Bildung bis zur Erwachsenenbildung.", "" },
            { "6b31e0cd-90d3-436c-8587-9a7800af9e6a", "health_prevention_care", "Gesundheit, Prävention und Pflege",
              "Gesundheitsförderung, Prävention, Pflege und Hilfen im Alltag.", "" },
            { "ed76407f-4188-4cb5-8320-47fa520ff560", "work_economy_mobility_digitalization",
              "Arbeit, Wirtschaft, Mobilität und Digitalisierung",
              "Beschäftigung und Qualifizierung, lokale Ökonomie, Mobilität und digitale Teilhabe.", "" },
        } } );

  list.push_back( { QUARTER_FUNCTION_TAXONOMY_ID,
                    "Grundfunktionen des Quartiers",
                    "Die Grundfunktionen, die ein Quartier für seine Bewohnerschaft erfüllt.",
                    "",
                    {
                        { "165e2c50-1133-4e30-aa10-a2edefca5cab", "housing", "Wohnen", "Wohnraum und Wohnumfeld.", "" },
                        { "a886af32-b19d-4b7a-a0a7-8ebed7e5c839", "work", "Arbeit",
                          "Arbeitsplätze, Beschäftigung und Qualifizierung.", "" },
                        { "ba3690c1-3962-47e4-aa36-a0a291db4f5b", "safety", "Sicherheit",
                          "Sicherheit und Schutz im öffentlichen Raum und im Alltag.", "" },
                        { "8375fe60-646e-4dda-b538-b4e9a6e76c4a", "local_supply", "Nahversorgung",
                          "Einkauf und Dienstleistungen des täglichen Bedarfs in der Nähe.", "" },
                        { "b0691fc5-2fa7-4f26-9732-0647bd9e0a98", "mobility", "Mobilität",
                          "Fuß- und Radverkehr, öffentlicher Nahverkehr, Barrierefreiheit.", "" },
                        { "422e881f-6b0c-47af-bdba-c5aa67bb942f", "green_space", "Grün- und Freiflächen",
                          "Parks, Spielplätze und Freiräume.", "" },
                        { "d3e61596-bfad-4369-aeb6-ded26c9d36d3", "leisure_encounter", "Freizeit und Begegnung",
                          "Orte und Angebote für Freizeit, Kultur und Begegnung.", "" },
                        { "d48563ed-e805-423e-b15b-3bbae942e0d1", "education", "Bildung",
                          "Kitas, Schulen und Bildungsorte im Quartier.", "" },
                        { "5ea9f339-44fd-4a7f-817e-92bc7af4e70d", "neighbourhood", "Nachbarschaft",
                          "Nachbarschaftliches Miteinander und Selbsthilfe.", "" },
                    } } );

  const std::string osm = "https://wiki.openstreetmap.org/wiki/Tag:social_facility:for%3D";
  std::vector<SeedTerm> groups = {
      { "a8226771-b323-4d43-a260-89a3f1031eb4", "abused", "Von Gewalt betroffene Menschen",
        "Kinder und Erwachsene, die Gewalt oder Missbrauch erfahren haben.", "" },
      { "49b6c7ef-d615-4a65-8e73-d4e84c544006", "child", "Kinder", "Kinder, z. B. in Kindertagesstätten.", "" },
      { "4baac3fa-22ca-4a6b-8eee-06cb7a50bead", "dementia", "Menschen mit Demenz",
        "Menschen mit Demenz und ihre Angehörigen.", "" },
      { "c0409fb5-aedb-4ca2-b975-fc1440ba82e0", "disabled", "Menschen mit Behinderung",
        "Menschen mit körperlicher, geistiger oder Sinnesbehinderung.", "" },
      { "fdddde62-2334-49d9-a2cf-2ddff1ef07d1", "diseased", "Kranke Menschen",
        "Menschen mit einer bestimmten Krankheit und ihre Familien.", "" },
      { "2fb5a4e5-a33f-4189-ae9d-2d439529a144", "displaced", "Vertriebene Menschen",
        "Menschen, die durch Katastrophen oder Krieg vorübergehend vertrieben sind.", "" },
      { "fdbcd96d-d003-4047-b68b-e87283f4237a", "drug_addicted", "Suchtkranke Menschen",
        "Menschen mit einer Suchterkrankung.", "" },
      { "6ee983d4-ec70-4635-b54b-b1645354e086", "family", "Familien", "Familien und Eltern mit Kindern.", "" },
      { "a8358988-5f5c-48a3-933b-d16a484ab835", "homeless", "Wohnungslose Menschen", "Menschen ohne eigene Wohnung.",
        "" },
      { "ca7a7d42-a80f-4b75-9446-f4db22c7eb13", "juvenile", "Jugendliche", "Jugendliche und junge Erwachsene.", "" },
      { "062a0d1f-04ff-4d0d-8b1f-fe3547bfaf96", "lgbtq", "Queere Menschen",
        "Lesbische, schwule, bisexuelle, trans*, inter* und queere Menschen.", "" },
      { "0156e7a0-521c-47e5-ad7b-4a9f6c3b8179", "mental_health", "Menschen mit psychischen Erkrankungen",
        "Menschen mit psychischen Erkrankungen oder Krisen.", "" },
      { "fcf3ab44-7df6-4bc9-9d21-aedf023e6dd1", "migrant", "Zugewanderte Menschen",
        "Menschen, die aus einem anderen Land oder einer anderen Region zugewandert sind.", "" },
      { "319adfcc-aa4f-425e-8d95-ed3db5698ef1", "orphan", "Waisen", "Kinder ohne Eltern.", "" },
      { "949e4715-888a-45ad-9c8c-798099767475", "refugee", "Geflüchtete",
        "Menschen, die Schutz vor Verfolgung, Krieg oder Not suchen.", "" },
      { "a319aa36-001e-498e-be76-b46a4a126a61", "senior", "Seniorinnen und Senioren", "Ältere Menschen.", "" },
      { "52ae30ee-b1b8-48f4-a3e9-fe9aed1d2267", "terminally_ill", "Schwerstkranke und sterbende Menschen",
        "Menschen am Lebensende, z. B. in Hospizen.", "" },
      { "2af8ecd5-55ad-4f2f-a4e3-6f931986f294", "underprivileged", "Armutsgefährdete Menschen",
        "Menschen in Armut oder mit sozialer Benachteiligung.", "" },
      { "20e8160b-dd5f-4a36-a196-1b758fed94f0", "unemployed", "Arbeitslose Menschen", "Menschen ohne Arbeit.", "" },
      { "f0e6450f-214c-406c-bad4-c629ecefee62", "veteran", "Veteraninnen und Veteranen",
        "Ehemalige Angehörige der Streitkräfte.", "" },
      { "2c00cdc1-3cfa-48c3-a01e-91026f2242f4", "victim", "Opfer von Straftaten",
        "Menschen, die Opfer einer Straftat geworden sind.", "" },
      { "bd3d0217-9b57-4d34-989b-91f03bbce2b6", "woman", "Frauen",
        "Frauen, z. B. in Frauenhäusern und Frauenberatungsstellen.", "" },
  };
  for ( SeedTerm &term : groups )
    term.termUri = osm + term.code;
  list.push_back( { TARGET_GROUP_TAXONOMY_ID, "Zielgruppen (OpenStreetMap social_facility:for)",
                    "Zielgruppen von Angeboten nach den Werten des OpenStreetMap-Schlüssels social_facility:for.",
                    "https://wiki.openstreetmap.org/wiki/Key:social_facility:for", groups } );
  return list;
}

} // namespace

const std::vector<SeedTaxonomy> &seededTaxonomies()
{
  static const std::vector<SeedTaxonomy> list = buildTaxonomies();
  return list;
}

std::string seededTermId( const std::string &taxonomyId, const std::string &code )
{
  for ( const SeedTaxonomy &taxonomy : seededTaxonomies() )
  {
    if ( taxonomy.id != taxonomyId )
      continue;
    for ( const SeedTerm &term : taxonomy.terms )
    {
      if ( term.code == code )
        return term.id;
    }
  }
  return std::string();
}

void seedVocabularies( Database &database )
{
  const auto optional = []( const std::string &text )
  { return text.empty() ? std::optional<std::string>() : std::optional<std::string>( text ); };
  Statement taxonomy =
      database.prepare( "INSERT INTO taxonomy (id, name, description, uri, version) VALUES (?, ?, ?, ?, '1')" );
  Statement term = database.prepare( "INSERT INTO taxonomy_term (id, code, name, description, taxonomy_id, language, "
                                     "term_uri) VALUES (?, ?, ?, ?, ?, 'de', ?)" );
  for ( const SeedTaxonomy &t : seededTaxonomies() )
  {
    taxonomy.reset();
    taxonomy.bind( 1, t.id ).bind( 2, t.name ).bind( 3, t.description ).bind( 4, optional( t.uri ) );
    taxonomy.run();
    for ( const SeedTerm &s : t.terms )
    {
      term.reset();
      term.bind( 1, s.id )
          .bind( 2, s.code )
          .bind( 3, s.name )
          .bind( 4, s.description )
          .bind( 5, t.id )
          .bind( 6, optional( s.termUri ) );
      term.run();
    }
  }
}

} // namespace sozialraum::catalogue::vocabulary
