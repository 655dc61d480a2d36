#include "vocabularylabels.h"
#include "catalogueqt.h"

#include "catalogue/vocabulary.h"

#include <QCoreApplication>
#include <QHash>

using namespace sozialraum::catalogue;
using CatalogueQt::qs;

namespace
{
  struct SeededLabel
  {
    const char *id;
    const char *name;
    const char *description;
  };

  // English labels of the seeded vocabularies (engine/catalogue/vocabulary.cpp), by fixed id.
  const SeededLabel SEEDED_LABELS[] = {
      { "1f0be182-60c6-44a0-bbbd-23d24ddcac9a", QT_TRANSLATE_NOOP( "Vocabulary", "Themes of quarter development (theses of the NRW welfare associations)" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "The seven fields of action of the theses of the NRW welfare associations, into which offerings can be sorted." ) },
      { "eb2c5706-442f-4def-b9d9-33be2b056a3d", QT_TRANSLATE_NOOP( "Vocabulary", "Basic functions of the quarter" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "The basic functions a quarter fulfils for its residents." ) },
      { "504fec99-80f4-4ed0-9282-6e830776418c", QT_TRANSLATE_NOOP( "Vocabulary", "Target groups (OpenStreetMap social_facility:for)" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Target groups of offerings after the values of the OpenStreetMap key social_facility:for." ) },
      { "9bfb0b57-51f5-4d47-8859-8a58703bc936", QT_TRANSLATE_NOOP( "Vocabulary", "Municipal services of general interest" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Basic public provision on site: counselling, administration, social infrastructure." ) },
      { "806733a9-d841-4700-aace-532051e021a9", QT_TRANSLATE_NOOP( "Vocabulary", "Overcoming silos" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Working together across departments, providers and legal domains; networking in the quarter." ) },
      { "ac13e435-1b8d-4b0b-9676-2500d85b745d", QT_TRANSLATE_NOOP( "Vocabulary", "Housing" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Affordable, barrier-free and safe housing; help in housing emergencies." ) },
      { "5755cc80-4a32-4c68-88c4-6995a06492d6", QT_TRANSLATE_NOOP( "Vocabulary", "Participation" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Social participation, engagement and involvement of the residents." ) },
      { "c18773f2-5cd9-472c-af08-2ae2cd01937c", QT_TRANSLATE_NOOP( "Vocabulary", "Education" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Education in all phases of life, from early education to adult education." ) },
      { "6b31e0cd-90d3-436c-8587-9a7800af9e6a", QT_TRANSLATE_NOOP( "Vocabulary", "Health, prevention and care" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Health promotion, prevention, care and help in everyday life." ) },
      { "ed76407f-4188-4cb5-8320-47fa520ff560", QT_TRANSLATE_NOOP( "Vocabulary", "Work, economy, mobility and digitalization" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Employment and qualification, local economy, mobility and digital participation." ) },
      { "165e2c50-1133-4e30-aa10-a2edefca5cab", QT_TRANSLATE_NOOP( "Vocabulary", "Housing" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Living space and residential surroundings." ) },
      { "a886af32-b19d-4b7a-a0a7-8ebed7e5c839", QT_TRANSLATE_NOOP( "Vocabulary", "Work" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Jobs, employment and qualification." ) },
      { "ba3690c1-3962-47e4-aa36-a0a291db4f5b", QT_TRANSLATE_NOOP( "Vocabulary", "Safety" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Safety and protection in public space and in everyday life." ) },
      { "8375fe60-646e-4dda-b538-b4e9a6e76c4a", QT_TRANSLATE_NOOP( "Vocabulary", "Local supply" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Shopping and services for daily needs nearby." ) },
      { "b0691fc5-2fa7-4f26-9732-0647bd9e0a98", QT_TRANSLATE_NOOP( "Vocabulary", "Mobility" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Walking and cycling, public transport, accessibility." ) },
      { "422e881f-6b0c-47af-bdba-c5aa67bb942f", QT_TRANSLATE_NOOP( "Vocabulary", "Green and open spaces" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Parks, playgrounds and open spaces." ) },
      { "d3e61596-bfad-4369-aeb6-ded26c9d36d3", QT_TRANSLATE_NOOP( "Vocabulary", "Leisure and encounter" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Places and offerings for leisure, culture and encounter." ) },
      { "d48563ed-e805-423e-b15b-3bbae942e0d1", QT_TRANSLATE_NOOP( "Vocabulary", "Education" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Day-care centres, schools and places of learning in the quarter." ) },
      { "5ea9f339-44fd-4a7f-817e-92bc7af4e70d", QT_TRANSLATE_NOOP( "Vocabulary", "Neighbourhood" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Neighbourly coexistence and self-help." ) },
      { "a8226771-b323-4d43-a260-89a3f1031eb4", QT_TRANSLATE_NOOP( "Vocabulary", "People affected by violence" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Children and adults who have experienced violence or abuse." ) },
      { "49b6c7ef-d615-4a65-8e73-d4e84c544006", QT_TRANSLATE_NOOP( "Vocabulary", "Children" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Children, e.g. in day-care centres." ) },
      { "4baac3fa-22ca-4a6b-8eee-06cb7a50bead", QT_TRANSLATE_NOOP( "Vocabulary", "People with dementia" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "People with dementia and their relatives." ) },
      { "c0409fb5-aedb-4ca2-b975-fc1440ba82e0", QT_TRANSLATE_NOOP( "Vocabulary", "People with disabilities" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "People with physical, intellectual or sensory disabilities." ) },
      { "fdddde62-2334-49d9-a2cf-2ddff1ef07d1", QT_TRANSLATE_NOOP( "Vocabulary", "Sick people" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "People with a particular illness and their families." ) },
      { "2fb5a4e5-a33f-4189-ae9d-2d439529a144", QT_TRANSLATE_NOOP( "Vocabulary", "Displaced people" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "People temporarily displaced by disasters or war." ) },
      { "fdbcd96d-d003-4047-b68b-e87283f4237a", QT_TRANSLATE_NOOP( "Vocabulary", "People with addictions" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "People with an addiction." ) },
      { "6ee983d4-ec70-4635-b54b-b1645354e086", QT_TRANSLATE_NOOP( "Vocabulary", "Families" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Families and parents with children." ) },
      { "a8358988-5f5c-48a3-933b-d16a484ab835", QT_TRANSLATE_NOOP( "Vocabulary", "Homeless people" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "People without a home of their own." ) },
      { "ca7a7d42-a80f-4b75-9446-f4db22c7eb13", QT_TRANSLATE_NOOP( "Vocabulary", "Young people" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Young people and young adults." ) },
      { "062a0d1f-04ff-4d0d-8b1f-fe3547bfaf96", QT_TRANSLATE_NOOP( "Vocabulary", "Queer people" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Lesbian, gay, bisexual, trans*, inter* and queer people." ) },
      { "0156e7a0-521c-47e5-ad7b-4a9f6c3b8179", QT_TRANSLATE_NOOP( "Vocabulary", "People with mental illness" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "People with mental illness or in crisis." ) },
      { "fcf3ab44-7df6-4bc9-9d21-aedf023e6dd1", QT_TRANSLATE_NOOP( "Vocabulary", "Migrants" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "People who have moved here from another country or region." ) },
      { "319adfcc-aa4f-425e-8d95-ed3db5698ef1", QT_TRANSLATE_NOOP( "Vocabulary", "Orphans" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Children without parents." ) },
      { "949e4715-888a-45ad-9c8c-798099767475", QT_TRANSLATE_NOOP( "Vocabulary", "Refugees" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "People seeking protection from persecution, war or hardship." ) },
      { "a319aa36-001e-498e-be76-b46a4a126a61", QT_TRANSLATE_NOOP( "Vocabulary", "Seniors" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Older people." ) },
      { "52ae30ee-b1b8-48f4-a3e9-fe9aed1d2267", QT_TRANSLATE_NOOP( "Vocabulary", "Terminally ill and dying people" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "People at the end of life, e.g. in hospices." ) },
      { "2af8ecd5-55ad-4f2f-a4e3-6f931986f294", QT_TRANSLATE_NOOP( "Vocabulary", "People at risk of poverty" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "People in poverty or at a social disadvantage." ) },
      { "20e8160b-dd5f-4a36-a196-1b758fed94f0", QT_TRANSLATE_NOOP( "Vocabulary", "Unemployed people" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "People without work." ) },
      { "f0e6450f-214c-406c-bad4-c629ecefee62", QT_TRANSLATE_NOOP( "Vocabulary", "Veterans" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Former members of the armed forces." ) },
      { "2c00cdc1-3cfa-48c3-a01e-91026f2242f4", QT_TRANSLATE_NOOP( "Vocabulary", "Victims of crime" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "People who have become victims of a crime." ) },
      { "bd3d0217-9b57-4d34-989b-91f03bbce2b6", QT_TRANSLATE_NOOP( "Vocabulary", "Women" ),
        QT_TRANSLATE_NOOP( "Vocabulary", "Women, e.g. in women's shelters and women's counselling centres." ) },
  };

  struct Seeded
  {
    const SeededLabel *label = nullptr;
    // what the catalogue stores for the id when nobody renamed it
    std::string germanName;
    std::string germanDescription;
  };

  const QHash<QString, Seeded> &seeded()
  {
    static const QHash<QString, Seeded> table = [] {
      QHash<QString, const SeededLabel *> labels;
      for ( const SeededLabel &label : SEEDED_LABELS )
        labels.insert( QString::fromLatin1( label.id ), &label );
      QHash<QString, Seeded> byId;
      const auto add = [&]( const std::string &id, const std::string &name, const std::string &description ) {
        if ( const SeededLabel *label = labels.value( qs( id ) ) )
          byId.insert( qs( id ), Seeded { label, name, description } );
      };
      for ( const vocabulary::SeedTaxonomy &taxonomy : vocabulary::seededTaxonomies() )
      {
        add( taxonomy.id, taxonomy.name, taxonomy.description );
        for ( const vocabulary::SeedTerm &term : taxonomy.terms )
          add( term.id, term.name, term.description );
      }
      return byId;
    }();
    return table;
  }

  QString translated( const char *source )
  {
    // translated when asked, not at load time: the translator may come later
    return QCoreApplication::translate( "Vocabulary", source );
  }
} // namespace

QString VocabularyLabels::name( const std::string &id, const std::string &storedName )
{
  const auto it = seeded().constFind( qs( id ) );
  if ( it == seeded().constEnd() || it->germanName != storedName )
    return qs( storedName );
  return translated( it->label->name );
}

QString VocabularyLabels::description( const std::string &id, const std::string &storedName, const std::string &storedDescription )
{
  const auto it = seeded().constFind( qs( id ) );
  if ( it == seeded().constEnd() || it->germanName != storedName || it->germanDescription != storedDescription )
    return qs( storedDescription );
  return translated( it->label->description );
}

QString VocabularyLabels::termName( const TaxonomyTerm &term )
{
  return name( term.id, term.name );
}

QString VocabularyLabels::termDescription( const TaxonomyTerm &term )
{
  return description( term.id, term.name, term.description.value_or( std::string() ) );
}

QString VocabularyLabels::taxonomyName( const Taxonomy &taxonomy )
{
  return name( taxonomy.id, taxonomy.name );
}
