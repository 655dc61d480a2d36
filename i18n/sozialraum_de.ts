<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BudgetAllocationAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/budgetallocationalgorithm.cpp" line="+22"/>
        <source>Budget allocation by need</source>
        <translation>Mittelverteilung nach Bedarf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>budget,allocation,funding,Mittelverteilung,Lebendige Quartiere,WiN,need</source>
        <translation>Budget,Mittelverteilung,Verteilung,Förderung,Fördermittel,Lebendige Quartiere,WiN,Bedarf,budget,allocation,funding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Splits a yearly programme budget over areas in proportion to need (Bremen: 2 million euro a year, 1.6 million to Bremen and 0.4 million to Bremerhaven).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method.&lt;/b&gt; With groups (&lt;i&gt;GROUP_FIELD&lt;/i&gt; and &lt;i&gt;GROUP_SHARES&lt;/i&gt;, e.g. Bremen:0.8,Bremerhaven:0.2) the budget is first split over the groups by their shares, then within each group. Each area gets budget × weight / total weight, where the weight is an expression such as &lt;i&gt;&quot;inhabitants&quot; * &quot;si_score_pct&quot;&lt;/i&gt;. Areas whose share falls below the minimum get the minimum, areas above the maximum get the maximum, and what this frees or costs is spread again over the other areas in proportion to their weight, until all bounds hold. The amounts are rounded to multiples of &lt;i&gt;ROUND_TO&lt;/i&gt; (largest remainder), so they add up to the budget exactly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output.&lt;/b&gt; The areas with &lt;i&gt;allocation&lt;/i&gt;, &lt;i&gt;allocation_share&lt;/i&gt; and &lt;i&gt;allocation_bound&lt;/i&gt; (min/max where a bound applies), and a summary table per group. A budget that the minimums already exceed, or that the maximums cannot take up, is refused with the figures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verteilt ein jährliches Programmbudget im Verhältnis zum Bedarf auf Gebiete (Bremen: 2 Mio. Euro im Jahr, davon 1,6 Mio. für Bremen und 0,4 Mio. für Bremerhaven).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode.&lt;/b&gt; Mit Gruppen (&lt;i&gt;GROUP_FIELD&lt;/i&gt; und &lt;i&gt;GROUP_SHARES&lt;/i&gt;, z. B. Bremen:0.8,Bremerhaven:0.2) wird das Budget zuerst nach ihren Anteilen auf die Gruppen verteilt, dann innerhalb jeder Gruppe. Jedes Gebiet erhält Budget × Gewicht / Gesamtgewicht, wobei das Gewicht ein Ausdruck ist, etwa &lt;i&gt;&quot;inhabitants&quot; * &quot;si_score_pct&quot;&lt;/i&gt;. Gebiete, deren Anteil unter dem Mindestbetrag liegt, erhalten den Mindestbetrag, Gebiete über dem Höchstbetrag den Höchstbetrag; was dadurch frei wird oder zusätzlich benötigt wird, wird erneut im Verhältnis zu ihrem Gewicht auf die übrigen Gebiete verteilt, bis alle Grenzen eingehalten sind. Die Beträge werden auf Vielfache von &lt;i&gt;ROUND_TO&lt;/i&gt; gerundet (Verfahren der größten Reste), sodass sie sich genau zum Budget summieren.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ausgabe.&lt;/b&gt; Die Gebiete mit &lt;i&gt;allocation&lt;/i&gt;, &lt;i&gt;allocation_share&lt;/i&gt; und &lt;i&gt;allocation_bound&lt;/i&gt; (min/max, wo eine Grenze greift) sowie eine Übersichtstabelle je Gruppe. Ein Budget, das bereits von den Mindestbeträgen überschritten wird oder das von den Höchstbeträgen nicht ausgeschöpft werden kann, wird unter Angabe der Zahlen abgelehnt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight (expression, e.g. population × need)</source>
        <translation>Gewicht (Ausdruck, z. B. Einwohnerzahl × Bedarf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group field (e.g. city)</source>
        <translation>Gruppenfeld (z. B. Stadt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group shares (e.g. Bremen:0.8,Bremerhaven:0.2)</source>
        <translation>Gruppenanteile (z. B. Bremen:0.8,Bremerhaven:0.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum per area</source>
        <translation>Mindestbetrag je Gebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum per area (0 = none)</source>
        <translation>Höchstbetrag je Gebiet (0 = keiner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round to multiples of</source>
        <translation>Runden auf Vielfache von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation</source>
        <translation>Mittelverteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation per group</source>
        <translation>Mittelverteilung je Gruppe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The layer &apos;%1&apos; has no areas.</source>
        <translation>Der Layer &apos;%1&apos; enthält keine Gebiete.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GROUP_FIELD is set: give GROUP_SHARES as name:share pairs, e.g. Bremen:0.8,Bremerhaven:0.2.</source>
        <translation>GROUP_FIELD ist gesetzt: Geben Sie GROUP_SHARES als Paare Name:Anteil an, z. B. Bremen:0.8,Bremerhaven:0.2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GROUP_SHARES: &apos;%1&apos; is not name:share (e.g. Bremen:0.8).</source>
        <translation>GROUP_SHARES: &apos;%1&apos; hat nicht die Form Name:Anteil (z. B. Bremen:0.8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GROUP_SHARES: the share of &apos;%1&apos; is %2; shares must be zero or positive and add up to 1.</source>
        <translation>GROUP_SHARES: Der Anteil von &apos;%1&apos; ist %2; Anteile müssen null oder positiv sein und zusammen 1 ergeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Area %1 belongs to group &apos;%2&apos;, which GROUP_SHARES does not name (%3). Add it with its share.</source>
        <translation>Gebiet %1 gehört zur Gruppe &apos;%2&apos;, die in GROUP_SHARES nicht genannt ist (%3). Ergänzen Sie sie mit ihrem Anteil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all areas</source>
        <translation>alle Gebiete</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The budget cannot be allocated: %1</source>
        <translation>Das Budget kann nicht verteilt werden: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 areas, %3 allocated.</source>
        <translation>%1: %2 Gebiete, %3 zugeteilt.</translation>
    </message>
</context>
<context>
    <name>CatalogueAlgorithmBase</name>
    <message>
        <location filename="../processing/cataloguealgorithmbase.cpp" line="+16"/>
        <source>Sozialraum catalogue (*.sqlite *.db)</source>
        <translation>Sozialraum-Katalog (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a catalogue file (CATALOGUE).</source>
        <translation>Wählen Sie eine Katalogdatei (CATALOGUE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalogue &apos;%1&apos; does not exist. Create it with Sozialraum → New catalogue… or by importing offerings into it.</source>
        <translation>Der Katalog &apos;%1&apos; existiert nicht. Legen Sie ihn über Sozialraum → Neuer Katalog… an oder indem Sie Angebote in ihn importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the new catalogue &apos;%1&apos;.</source>
        <translation>Der neue Katalog &apos;%1&apos; wird angelegt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>VALID_ON: &apos;%1&apos; is not a date. Write it as YYYY-MM-DD (e.g. 2026-11-23) or &apos;today&apos;.</source>
        <translation>VALID_ON: &apos;%1&apos; ist kein Datum. Geben Sie es als JJJJ-MM-TT (z. B. 2026-11-23) oder &apos;today&apos; an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>central</source>
        <translation>zentral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the quarter</source>
        <translation>im Quartier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outreach</source>
        <translation>aufsuchend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: &apos;%2&apos; is not in the catalogue&apos;s vocabulary. Known codes: %3.</source>
        <translation>%1: &apos;%2&apos; gehört nicht zum Vokabular des Katalogs. Bekannte Codes: %3.</translation>
    </message>
</context>
<context>
    <name>CatalogueDetails</name>
    <message>
        <location filename="../plugin/cataloguedetails.cpp" line="+85"/>
        <source>Provider</source>
        <translation>Träger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organized</source>
        <translation>Organisationsform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 places</source>
        <translation>%1 Plätze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2 years</source>
        <translation>%1 bis %2 Jahre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 years</source>
        <translation>ab %1 Jahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1 years</source>
        <translation>bis %1 Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ages</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unnamed site)</source>
        <translation>(Standort ohne Namen)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not on the map (no coordinates)</source>
        <translation>nicht auf der Karte (keine Koordinaten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Fees</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eligibility</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Funding</source>
        <translation>Förderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal status</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part of</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offerings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Committees</source>
        <translation>Gremien</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theme or target group</source>
        <translation>Thema oder Zielgruppe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last %1 of %2 changes.</source>
        <translation>Die letzten %1 von %2 Änderungen.</translation>
    </message>
</context>
<context>
    <name>CatalogueDock</name>
    <message>
        <location filename="../plugin/cataloguedock.cpp" line="+99"/>
        <location line="+309"/>
        <source>Sozialraum Catalogue</source>
        <translation>Sozialraum-Katalog</translation>
    </message>
    <message>
        <location line="-266"/>
        <location line="+119"/>
        <source>Offerings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Search stakeholders…</source>
        <translation>Akteure durchsuchen…</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Stakeholders</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new catalogue file (SpatiaLite) and add its tables to the project</source>
        <translation>Eine neue Katalogdatei (SpatiaLite) anlegen und ihre Tabellen zum Projekt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a catalogue file and add its tables to the project</source>
        <translation>Eine Katalogdatei öffnen und ihre Tabellen zum Projekt hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the catalogue&apos;s tables to the project (sites on the map, forms with related records)</source>
        <translation>Die Tabellen des Katalogs zum Projekt hinzufügen (Standorte auf der Karte, Formulare mit verknüpften Datensätzen)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Search offerings (name, description)…</source>
        <translation>Angebote durchsuchen (Name, Beschreibung)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Träger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organized</source>
        <translation>Organisationsform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stakeholder</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All kinds of stakeholders</source>
        <translation>Alle Arten von Akteuren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its offerings</source>
        <translation>Seine Angebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the offerings this stakeholder runs</source>
        <translation>Nur die Angebote dieses Akteurs auflisten</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Sozialraum catalogue (*.sqlite *.db);;All files (*)</source>
        <translation>Sozialraum-Katalog (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New catalogue</source>
        <translation>Neuer Katalog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open catalogue</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+45"/>
        <location line="+361"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="-406"/>
        <source>Created %1. Add stakeholders and offerings with the Add… buttons.</source>
        <translation>%1 angelegt. Fügen Sie Akteure und Angebote mit den Schaltflächen „Hinzufügen…“ hinzu.</translation>
    </message>
    <message>
        <location line="+393"/>
        <location line="+21"/>
        <location line="+12"/>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+54"/>
        <source>Open or create a catalogue first.</source>
        <translation>Öffnen Sie zuerst einen Katalog oder legen Sie einen an.</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>No catalogue is open: create one with New… or open a catalogue file with Open…</source>
        <translation>Es ist kein Katalog geöffnet: Legen Sie mit „Neu…“ einen an oder öffnen Sie eine Katalogdatei mit „Öffnen…“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sozialraum Catalogue — %1</source>
        <translation>Sozialraum-Katalog — %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Offerings of %1</source>
        <translation>Angebote von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the %1 site(s) selected on the map</source>
        <translation>An den %1 auf der Karte ausgewählten Standorten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Within the selected quarter: select a polygon of a statistical-area layer on the map first.</source>
        <translation>Im ausgewählten Quartier: Wählen Sie zuerst ein Polygon eines Layers statistischer Gebiete auf der Karte aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Within %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Select an offering to see its provider, sites, opening hours, target groups and history. Select sites or a quarter on the map to list what is there.</source>
        <translation>Wählen Sie ein Angebot, um Träger, Standorte, Öffnungszeiten, Zielgruppen und Änderungsverlauf zu sehen. Wählen Sie Standorte oder ein Quartier auf der Karte, um aufzulisten, was es dort gibt.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Saved. The offering is not listed because of the filters.</source>
        <translation>Gespeichert. Wegen der Filter wird das Angebot nicht aufgelistet.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Delete offering</source>
        <translation>Angebot löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the offering &apos;%1&apos;? Its opening hours and its links to sites, themes and target groups go with it; the change history keeps a record.</source>
        <translation>Das Angebot „%1“ löschen? Seine Öffnungszeiten und seine Verknüpfungen zu Standorten, Themen und Zielgruppen werden mitgelöscht; der Änderungsverlauf hält die Löschung fest.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Delete the stakeholder &apos;%1&apos;?</source>
        <translation>Den Akteur „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stakeholder &apos;%1&apos; runs %2 offering(s). Delete it together with its offerings?</source>
        <translation>Der Akteur „%1“ trägt %2 Angebot(e). Zusammen mit seinen Angeboten löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete stakeholder</source>
        <translation>Akteur löschen</translation>
    </message>
</context>
<context>
    <name>CatalogueEdits</name>
    <message>
        <location filename="../plugin/catalogueedits.cpp" line="+251"/>
        <source>%1: &apos;%2&apos; is not a date. Write it as YYYY-MM-DD (e.g. 2024-09-01).</source>
        <translation>%1: „%2“ ist kein Datum. Schreiben Sie es als JJJJ-MM-TT (z. B. 2024-09-01).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be a number from %2 to %3 (you wrote &apos;%4&apos;).</source>
        <translation>%1 muss eine Zahl von %2 bis %3 sein (eingegeben: „%4“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The offering needs a name.</source>
        <translation>Das Angebot braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the stakeholder who runs the offering (provider).</source>
        <translation>Nennen Sie den Akteur, der das Angebot trägt (Träger).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The offering cannot end (valid to %1) before it starts (valid from %2).</source>
        <translation>Das Angebot kann nicht enden (gültig bis %1), bevor es beginnt (gültig ab %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capacity must be a number of places, 0 or more (you wrote &apos;%1&apos;).</source>
        <translation>Die Kapazität muss eine Zahl von Plätzen sein, 0 oder mehr (eingegeben: „%1“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minimum age</source>
        <translation>Das Mindestalter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum age</source>
        <translation>Das Höchstalter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The minimum age (%1) is above the maximum age (%2).</source>
        <translation>Das Mindestalter (%1) liegt über dem Höchstalter (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+54"/>
        <source>&apos;%1&apos; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site &apos;%1&apos;</source>
        <translation>Standort „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: give both latitude and longitude, or neither.</source>
        <translation>%1: Geben Sie Breite und Länge an oder keines von beiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the latitude</source>
        <translation>%1: Die Breite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the longitude</source>
        <translation>%1: Die Länge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: give a name, an address or coordinates.</source>
        <translation>%1: Geben Sie einen Namen, eine Adresse oder Koordinaten an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The stakeholder needs a name.</source>
        <translation>Der Akteur braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Opening hours: &apos;%1&apos; is not understood. Write days and times like &apos;%2&apos;.</source>
        <translation>Öffnungszeiten: „%1“ ist nicht verständlich. Schreiben Sie Tage und Zeiten wie „%2“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening hours: &apos;%1&apos; has an unknown day; use MO, TU, WE, TH, FR, SA, SU.</source>
        <translation>Öffnungszeiten: „%1“ enthält einen unbekannten Tag; verwenden Sie MO, TU, WE, TH, FR, SA, SU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours: in &apos;%1&apos; the days run backwards; write e.g. MO-FR.</source>
        <translation>Öffnungszeiten: In „%1“ laufen die Tage rückwärts; schreiben Sie z. B. MO-FR.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening hours: &apos;%1&apos; has a time that does not exist; write times as 09:00.</source>
        <translation>Öffnungszeiten: „%1“ enthält eine Uhrzeit, die es nicht gibt; schreiben Sie Zeiten als 09:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours: in &apos;%1&apos; the closing time is not after the opening time.</source>
        <translation>Öffnungszeiten: In „%1“ liegt das Ende nicht nach dem Beginn.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The theme &apos;%1&apos; is not in the catalogue&apos;s vocabularies.</source>
        <translation>Das Thema „%1“ ist in den Vokabularen des Katalogs nicht enthalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target group &apos;%1&apos; is not in the catalogue&apos;s vocabulary.</source>
        <translation>Die Zielgruppe „%1“ ist im Vokabular des Katalogs nicht enthalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The offering is no longer in the catalogue (deleted in the meantime?).</source>
        <translation>Das Angebot ist nicht mehr im Katalog (inzwischen gelöscht?).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The stakeholder chosen as provider is no longer in the catalogue.</source>
        <translation>Der als Träger gewählte Akteur ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The offering could not be saved: %1</source>
        <translation>Das Angebot konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The offering is no longer in the catalogue.</source>
        <translation>Das Angebot ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The offering could not be deleted: %1</source>
        <translation>Das Angebot konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The stakeholder is no longer in the catalogue (deleted in the meantime?).</source>
        <translation>Der Akteur ist nicht mehr im Katalog (inzwischen gelöscht?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a stakeholder named &apos;%1&apos;.</source>
        <translation>Es gibt bereits einen Akteur namens „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The stakeholder could not be saved: %1</source>
        <translation>Der Akteur konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The stakeholder is no longer in the catalogue.</source>
        <translation>Der Akteur ist nicht mehr im Katalog.</translation>
    </message>
</context>
<context>
    <name>CatalogueLayers</name>
    <message>
        <location filename="../plugin/cataloguelayers.cpp" line="+208"/>
        <source>There is no project to add the catalogue to.</source>
        <translation>Es gibt kein Projekt, zu dem der Katalog hinzugefügt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No catalogue is open.</source>
        <translation>Es ist kein Katalog geöffnet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offerings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholders</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offerings at sites</source>
        <translation>Angebote an Standorten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The table &apos;%1&apos; of the catalogue could not be opened as a layer: %2</source>
        <translation>Die Tabelle „%1“ des Katalogs konnte nicht als Layer geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Provider</source>
        <translation>Träger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organized</source>
        <translation>Organisationsform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning state</source>
        <translation>Planungsstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Catalogue %1</source>
        <translation>Katalog %1</translation>
    </message>
</context>
<context>
    <name>CatalogueListPage</name>
    <message>
        <location filename="../plugin/cataloguelistpage.cpp" line="+32"/>
        <source>Right-click to show or hide columns</source>
        <translation>Rechtsklick, um Spalten ein- oder auszublenden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed, of all in the catalogue</source>
        <translation>Aufgeführt, von allen im Katalog</translation>
    </message>
</context>
<context>
    <name>CatalogueOfferingDialog</name>
    <message>
        <location filename="../plugin/catalogueofferingdialog.cpp" line="+109"/>
        <source>New offering</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit offering</source>
        <translation>Angebot bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the stakeholder who runs the offering, or type a new name: a new stakeholder is created.</source>
        <translation>Wählen Sie den Akteur, der das Angebot trägt, oder geben Sie einen neuen Namen ein: Dann wird ein neuer Akteur angelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider *</source>
        <translation>Träger *</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>— not set —</source>
        <translation>— nicht angegeben —</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Organized</source>
        <translation>Organisationsform</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planning state</source>
        <translation>Planungsstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>number of places</source>
        <translation>Anzahl der Plätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ages</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefer a role mailbox (info@…) to a person&apos;s address: personal data are left out of exports.</source>
        <translation>Verwenden Sie lieber ein Funktionspostfach (info@…) als die Adresse einer Person: Personenbezogene Daten werden beim Export weggelassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Themes and target groups</source>
        <translation>Themen und Zielgruppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the offering takes place. Type coordinates in degrees (WGS 84), use the map centre, or pick a point on the map.</source>
        <translation>Wo das Angebot stattfindet. Geben Sie Koordinaten in Grad (WGS 84) ein, übernehmen Sie die Kartenmitte oder klicken Sie einen Punkt auf der Karte an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latitude</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longitude</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add site</source>
        <translation>Standort hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove site</source>
        <translation>Standort entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use map centre</source>
        <translation>Kartenmitte übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick on map</source>
        <translation>Auf der Karte wählen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Click on the map where the site is.</source>
        <translation>Klicken Sie auf der Karte auf den Standort.</translation>
    </message>
</context>
<context>
    <name>CatalogueOfferingFilters</name>
    <message>
        <location filename="../plugin/catalogueofferingfilters.cpp" line="+62"/>
        <source>Only offerings on this theme</source>
        <translation>Nur Angebote zu diesem Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only offerings for this target group</source>
        <translation>Nur Angebote für diese Zielgruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the offering is organized: central, in the quarter, outreach, mobile</source>
        <translation>Wie das Angebot organisiert ist: zentral, im Quartier, aufsuchend, mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organized: any</source>
        <translation>Organisationsform: alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: any</source>
        <translation>Status: alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid today</source>
        <translation>Heute gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only offerings whose validity period includes today</source>
        <translation>Nur Angebote, deren Gültigkeitszeitraum den heutigen Tag einschließt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within the selected quarter</source>
        <translation>Im ausgewählten Quartier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only offerings with a site inside the polygon(s) selected on the map (select a quarter of a statistical-area layer with the selection tool)</source>
        <translation>Nur Angebote mit einem Standort in den auf der Karte ausgewählten Polygonen (wählen Sie ein Quartier eines Layers statistischer Gebiete mit dem Auswahlwerkzeug)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the filters that come from the map selection or a stakeholder</source>
        <translation>Die Filter aus der Kartenauswahl oder nach einem Akteur aufheben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All target groups</source>
        <translation>Alle Zielgruppen</translation>
    </message>
</context>
<context>
    <name>CatalogueSession</name>
    <message>
        <location filename="../plugin/cataloguesession.cpp" line="+61"/>
        <source>The catalogue could not be created: %1</source>
        <translation>Der Katalog konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The catalogue could not be opened: %1</source>
        <translation>Der Katalog konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open or create a catalogue first.</source>
        <translation>Öffnen Sie zuerst einen Katalog oder legen Sie einen an.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The project&apos;s catalogue %1 could not be opened: %2</source>
        <translation>Der Katalog des Projekts, %1, konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>CatalogueSiteMap</name>
    <message>
        <location filename="../plugin/cataloguesitemap.cpp" line="+106"/>
        <source>Sites by target group</source>
        <translation>Standorte nach Zielgruppe</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Several target groups</source>
        <translation>Mehrere Zielgruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target group</source>
        <translation>Keine Zielgruppe</translation>
    </message>
</context>
<context>
    <name>CatalogueStakeholderDialog</name>
    <message>
        <location filename="../plugin/cataloguestakeholderdialog.cpp" line="+21"/>
        <source>New stakeholder</source>
        <translation>Neuer Akteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit stakeholder</source>
        <translation>Akteur bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— not set —</source>
        <translation>— nicht angegeben —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefer a role mailbox (info@…) to a person&apos;s address: personal data are left out of exports.</source>
        <translation>Verwenden Sie lieber ein Funktionspostfach (info@…) als die Adresse einer Person: Personenbezogene Daten werden beim Export weggelassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. e. V., gGmbH, public body</source>
        <translation>z. B. e. V., gGmbH, Körperschaft des öffentlichen Rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal status</source>
        <translation>Rechtsform</translation>
    </message>
</context>
<context>
    <name>CatalogueText</name>
    <message>
        <location filename="../plugin/catalogueqt.cpp" line="+18"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defunct</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporarily closed</source>
        <translation>Vorübergehend geschlossen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Central</source>
        <translation>Zentral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the quarter</source>
        <translation>Im Quartier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outreach</source>
        <translation>Aufsuchend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In implementation</source>
        <translation>In Umsetzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Public office</source>
        <translation>Amt / Behörde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welfare association</source>
        <translation>Wohlfahrtsverband</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independent provider</source>
        <translation>Freier Träger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Housing company</source>
        <translation>Wohnungsunternehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
</context>
<context>
    <name>CatchmentRatioAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/catchmentratioalgorithm.cpp" line="+19"/>
        <source>Catchment ratio (2SFCA family)</source>
        <translation>Versorgungsgrad im Einzugsgebiet (2SFCA-Familie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2SFCA,E2SFCA,3SFCA,floating catchment,supply,demand,ratio,places per child,Versorgungsgrad,Erreichbarkeit</source>
        <translation>2SFCA,E2SFCA,3SFCA,Floating Catchment,gleitendes Einzugsgebiet,Einzugsgebiet,Angebot,Nachfrage,Versorgungsgrad,Versorgungsquote,Plätze je Kind,Erreichbarkeit,floating catchment,supply,demand,ratio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;How many places (capacity) does each resident reach, taking into account how many others compete for the same places? The two-step floating catchment method (2SFCA) and its variants answer it for every demand point or area.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt; (as PySAL&apos;s &lt;i&gt;access&lt;/i&gt;): with demand P&lt;sub&gt;k&lt;/sub&gt;, capacity S&lt;sub&gt;j&lt;/sub&gt;, cost d&lt;sub&gt;kj&lt;/sub&gt; and weight W(d): step 1, each facility&apos;s ratio R&lt;sub&gt;j&lt;/sub&gt; = S&lt;sub&gt;j&lt;/sub&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; P&lt;sub&gt;k&lt;/sub&gt; W(d&lt;sub&gt;kj&lt;/sub&gt;); step 2, each demand point&apos;s access A&lt;sub&gt;k&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; R&lt;sub&gt;j&lt;/sub&gt; W(d&lt;sub&gt;kj&lt;/sub&gt;). &lt;i&gt;2SFCA&lt;/i&gt;: W = 1 within the catchment d0 (cost ≤ d0), 0 beyond. &lt;i&gt;E2SFCA&lt;/i&gt;: step weights from &lt;i&gt;Steps&lt;/i&gt; (default 10:1, 20:0.68, 30:0.22 – weight 1 up to 10, 0.68 up to 20, 0.22 up to 30, 0 beyond; the last step is the catchment). &lt;i&gt;Gaussian 2SFCA&lt;/i&gt;: W = (e&lt;sup&gt;−½(d/d0)²&lt;/sup&gt; − e&lt;sup&gt;−½&lt;/sup&gt;) / (1 − e&lt;sup&gt;−½&lt;/sup&gt;), 1 at the facility and 0 at d0. &lt;i&gt;3SFCA&lt;/i&gt;: the step weights plus selection weights G&lt;sub&gt;kj&lt;/sub&gt; = W&lt;sub&gt;kj&lt;/sub&gt; / Σ&lt;sub&gt;j&apos;&lt;/sub&gt; W&lt;sub&gt;kj&apos;&lt;/sub&gt; in both steps, so that a resident&apos;s demand is split among the facilities within reach.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Costs&lt;/b&gt; come from the network when one is given (all network parameters apply), else from straight-line distance × detour factor.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output.&lt;/b&gt; Demand features with &lt;i&gt;access&lt;/i&gt; (places per person), &lt;i&gt;access_norm&lt;/i&gt; (access divided by the demand-weighted mean: 1.0 = city average), &lt;i&gt;nearest_cost&lt;/i&gt; and &lt;i&gt;covered&lt;/i&gt; (a facility within d0). With planned facilities under &lt;i&gt;Additional supply&lt;/i&gt; (a scenario) also &lt;i&gt;access_scenario&lt;/i&gt; and &lt;i&gt;access_change&lt;/i&gt;. The supply output adds &lt;i&gt;supply_ratio&lt;/i&gt; (R&lt;sub&gt;j&lt;/sub&gt;) and &lt;i&gt;demand_in_catchment&lt;/i&gt;. Capacities may be text with numbers; empty or unreadable capacities count as 0 and are listed in the log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie viele Plätze (Kapazität) erreicht jede Einwohnerin und jeder Einwohner, wenn man berücksichtigt, wie viele andere um dieselben Plätze konkurrieren? Die Zwei-Schritt-Methode mit gleitendem Einzugsgebiet (2SFCA) und ihre Varianten beantworten dies für jeden Nachfragepunkt oder jedes Gebiet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt; (wie PySALs &lt;i&gt;access&lt;/i&gt;): mit Nachfrage P&lt;sub&gt;k&lt;/sub&gt;, Kapazität S&lt;sub&gt;j&lt;/sub&gt;, Kosten d&lt;sub&gt;kj&lt;/sub&gt; und Gewicht W(d): Schritt 1, Versorgungsquote jeder Einrichtung R&lt;sub&gt;j&lt;/sub&gt; = S&lt;sub&gt;j&lt;/sub&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; P&lt;sub&gt;k&lt;/sub&gt; W(d&lt;sub&gt;kj&lt;/sub&gt;); Schritt 2, Erreichbarkeit jedes Nachfragepunkts A&lt;sub&gt;k&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; R&lt;sub&gt;j&lt;/sub&gt; W(d&lt;sub&gt;kj&lt;/sub&gt;). &lt;i&gt;2SFCA&lt;/i&gt;: W = 1 innerhalb des Einzugsgebiets d0 (Kosten ≤ d0), 0 darüber hinaus. &lt;i&gt;E2SFCA&lt;/i&gt;: Stufengewichte aus &lt;i&gt;Stufen&lt;/i&gt; (Standard 10:1, 20:0.68, 30:0.22 – Gewicht 1 bis 10, 0,68 bis 20, 0,22 bis 30, 0 darüber hinaus; die letzte Stufe ist das Einzugsgebiet). &lt;i&gt;Gauß-2SFCA&lt;/i&gt;: W = (e&lt;sup&gt;−½(d/d0)²&lt;/sup&gt; − e&lt;sup&gt;−½&lt;/sup&gt;) / (1 − e&lt;sup&gt;−½&lt;/sup&gt;), 1 an der Einrichtung und 0 bei d0. &lt;i&gt;3SFCA&lt;/i&gt;: die Stufengewichte und zusätzlich Auswahlgewichte G&lt;sub&gt;kj&lt;/sub&gt; = W&lt;sub&gt;kj&lt;/sub&gt; / Σ&lt;sub&gt;j&apos;&lt;/sub&gt; W&lt;sub&gt;kj&apos;&lt;/sub&gt; in beiden Schritten, sodass sich die Nachfrage einer Person auf die erreichbaren Einrichtungen aufteilt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kosten&lt;/b&gt; stammen aus dem Netz, wenn eines angegeben ist (alle Netzparameter gelten), sonst aus der Luftlinienentfernung × Umwegfaktor.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ausgabe.&lt;/b&gt; Nachfrageobjekte mit &lt;i&gt;access&lt;/i&gt; (Plätze je Person), &lt;i&gt;access_norm&lt;/i&gt; (Erreichbarkeit geteilt durch den nachfragegewichteten Mittelwert: 1,0 = Stadtdurchschnitt), &lt;i&gt;nearest_cost&lt;/i&gt; und &lt;i&gt;covered&lt;/i&gt; (eine Einrichtung innerhalb von d0). Mit geplanten Einrichtungen unter &lt;i&gt;Zusätzliches Angebot&lt;/i&gt; (ein Szenario) auch &lt;i&gt;access_scenario&lt;/i&gt; und &lt;i&gt;access_change&lt;/i&gt;. Die Angebotsausgabe ergänzt &lt;i&gt;supply_ratio&lt;/i&gt; (R&lt;sub&gt;j&lt;/sub&gt;) und &lt;i&gt;demand_in_catchment&lt;/i&gt;. Kapazitäten dürfen Text mit Zahlen sein; leere oder nicht lesbare Kapazitäten zählen als 0 und werden im Protokoll aufgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demand (points or polygons)</source>
        <translation>Nachfrage (Punkte oder Polygone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand id field</source>
        <translation>ID-Feld der Nachfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand field (population or target group)</source>
        <translation>Nachfragefeld (Einwohnerzahl oder Zielgruppe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply (facilities)</source>
        <translation>Angebot (Einrichtungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply id field</source>
        <translation>ID-Feld des Angebots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity field</source>
        <translation>Kapazitätsfeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalize: divide by the demand-weighted mean (1.0 = average)</source>
        <translation>Normalisieren: durch den nachfragegewichteten Mittelwert teilen (1,0 = Durchschnitt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional supply: planned facilities (scenario)</source>
        <translation>Zusätzliches Angebot: geplante Einrichtungen (Szenario)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access per demand point</source>
        <translation>Erreichbarkeit je Nachfragepunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply ratios per facility</source>
        <translation>Versorgungsquoten je Einrichtung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading demand and supply…</source>
        <translation>Nachfrage und Angebot werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demand</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supply</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No facility of &apos;%1&apos; has a capacity in field &apos;%2&apos;. Choose the field with the places (e.g. e_platz) or fill it in.</source>
        <translation>Keine Einrichtung von &apos;%1&apos; hat eine Kapazität im Feld &apos;%2&apos;. Wählen Sie das Feld mit den Plätzen (z. B. e_platz) oder füllen Sie es aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Costs between %1 demand points and %2 facilities (up to %3 %4)…</source>
        <translation>Kosten zwischen %1 Nachfragepunkten und %2 Einrichtungen werden berechnet (bis %3 %4)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>additional supply</source>
        <translation>zusätzliches Angebot</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: demand %2, of which %3 % within the catchment; capacity %4; demand-weighted mean access %5 per person.</source>
        <translation>%1: Nachfrage %2, davon %3 % innerhalb des Einzugsgebiets; Kapazität %4; nachfragegewichtete mittlere Erreichbarkeit %5 je Person.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 facilities have no demand within their catchment (no ratio).</source>
        <translation>%1 Einrichtungen haben keine Nachfrage in ihrem Einzugsgebiet (keine Versorgungsquote).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 demand points reach no facility within the catchment (access 0).</source>
        <translation>%1 Nachfragepunkte erreichen keine Einrichtung innerhalb des Einzugsgebiets (Erreichbarkeit 0).</translation>
    </message>
</context>
<context>
    <name>ConsoleFeedback</name>
    <message>
        <location filename="../processing/runner/consolefeedback.cpp" line="+71"/>
        <source>ERROR: %1</source>
        <translation>FEHLER: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WARNING: %1</source>
        <translation>WARNUNG: %1</translation>
    </message>
</context>
<context>
    <name>CostTableInput</name>
    <message>
        <location filename="../processing/costtableinput.cpp" line="+29"/>
        <source>&lt;p&gt;&lt;b&gt;Cost table.&lt;/b&gt; Instead of a network or straight lines, &lt;i&gt;COST_TABLE&lt;/i&gt; can give the costs: a table with an origin id, a destination id and a cost per row, such as the output of &lt;i&gt;OD matrix&lt;/i&gt;, of a public-transport tool or of a spreadsheet, in the unit of the catchment. Origins are matched with the demand side&apos;s ids (its id field, or else the feature ids, which is what &lt;i&gt;OD matrix&lt;/i&gt; writes without an id field), destinations with the facilities&apos;. Pairs missing from the table are unreachable; ids that match nothing, and points the table does not name, are listed in the log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kostentabelle.&lt;/b&gt; Statt eines Netzes oder der Luftlinie kann &lt;i&gt;COST_TABLE&lt;/i&gt; die Kosten liefern: eine Tabelle mit Start-ID, Ziel-ID und Kosten je Zeile, etwa die Ausgabe von &lt;i&gt;OD-Matrix&lt;/i&gt;, eines ÖPNV-Werkzeugs oder einer Tabellenkalkulation, in der Einheit des Einzugsbereichs. Starts werden mit den IDs der Nachfrageseite abgeglichen (ihrem ID-Feld, sonst den Objekt-IDs – so schreibt &lt;i&gt;OD-Matrix&lt;/i&gt; ohne ID-Feld), Ziele mit denen der Einrichtungen. Paare, die in der Tabelle fehlen, gelten als unerreichbar; IDs ohne Treffer und Punkte, die die Tabelle nicht nennt, werden im Protokoll aufgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cost table (origin id, destination id, cost) instead of network or straight-line costs</source>
        <translation>Kostentabelle (Start-ID, Ziel-ID, Kosten) statt Netz- oder Luftlinienkosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost table: origin id field (demand side)</source>
        <translation>Kostentabelle: Feld der Start-ID (Nachfrageseite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost table: destination id field (facility side)</source>
        <translation>Kostentabelle: Feld der Ziel-ID (Einrichtungsseite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost table: cost field (same unit as the catchment)</source>
        <translation>Kostentabelle: Kostenfeld (gleiche Einheit wie der Einzugsbereich)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>COST_TABLE cannot be read as a table: %1</source>
        <translation>COST_TABLE kann nicht als Tabelle gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the cost table &apos;%2&apos; has no field &apos;%3&apos;. Its fields are: %4.</source>
        <translation>%1: Die Kostentabelle &apos;%2&apos; hat kein Feld &apos;%3&apos;. Ihre Felder sind: %4.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Row %1 of the cost table &apos;%2&apos; has no origin or destination id. Every row needs both.</source>
        <translation>Zeile %1 der Kostentabelle &apos;%2&apos; hat keine Start- oder Ziel-ID. Jede Zeile braucht beide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1 of the cost table &apos;%2&apos; has no number as its cost (&apos;%3&apos;).</source>
        <translation>Zeile %1 der Kostentabelle &apos;%2&apos; hat keine Zahl als Kosten (&apos;%3&apos;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cost table &apos;%1&apos; has no rows.</source>
        <translation>Die Kostentabelle &apos;%1&apos; hat keine Zeilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs come from the table &apos;%1&apos; (%2 rows); NETWORK and straight lines are not used.</source>
        <translation>Die Kosten stammen aus der Tabelle &apos;%1&apos; (%2 Zeilen); NETWORK und Luftlinie werden nicht verwendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 origin ids of the cost table are none of the %2: %3. Their rows are not used; check that the table&apos;s origins are the %2 and that the id fields match.</source>
        <translation>%1 Start-IDs der Kostentabelle gehören zu keinem Objekt von %2: %3. Ihre Zeilen werden nicht verwendet; prüfen Sie, ob die Starts der Tabelle %2 sind und die ID-Felder zusammenpassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 destination ids of the cost table are none of the %2: %3. Their rows are not used here.</source>
        <translation>%1 Ziel-IDs der Kostentabelle gehören zu keinem Objekt von %2: %3. Ihre Zeilen werden hier nicht verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 have no row in the cost table and reach nothing: %3</source>
        <translation>%1 Objekte von %2 haben keine Zeile in der Kostentabelle und erreichen nichts: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 have no row in the cost table and serve nobody: %3</source>
        <translation>%1 Objekte von %2 haben keine Zeile in der Kostentabelle und versorgen niemanden: %3</translation>
    </message>
</context>
<context>
    <name>ExampleModels</name>
    <message>
        <location filename="../plugin/examplemodels.cpp" line="+50"/>
        <source>The models folder &apos;%1&apos; cannot be created.</source>
        <translation>Der Modellordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The example model &apos;%1&apos; cannot be copied into &apos;%2&apos;.</source>
        <translation>Das Beispielmodell „%1“ kann nicht nach „%2“ kopiert werden.</translation>
    </message>
</context>
<context>
    <name>ExportHsdsAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/exporthsdsalgorithm.cpp" line="+15"/>
        <source>Export catalogue as HSDS package</source>
        <translation>Katalog als HSDS-Paket exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HSDS,Open Referral,export,catalogue,data package,CSV</source>
        <translation>HSDS,Open Referral,Export,Katalog,Datenpaket,HSDS-Paket,CSV,Data Package,export,catalogue,data package</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Writes the catalogue as an Open Referral HSDS 3.0 tabular data package: one CSV file per table (UTF-8, RFC 4180: fields with commas, quotes or line breaks are quoted) and &lt;i&gt;datapackage.json&lt;/i&gt; describing the tables, their fields and keys. Other HSDS tools read it; Sozialraum&apos;s additions (stakeholder kind, organization form, planning state, validity, capacity, committees) are extra columns and tables that they ignore.&lt;/p&gt;&lt;p&gt;Personal contact data (names and e-mail addresses of contact persons, phone numbers of persons) is left out unless &lt;i&gt;Include personal contacts&lt;/i&gt; is set. Exporting the same content twice gives the same files; importing the package into an empty catalogue and exporting again gives it back unchanged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schreibt den Katalog als tabellarisches Datenpaket nach Open Referral HSDS 3.0: eine CSV-Datei je Tabelle (UTF-8, RFC 4180: Felder mit Kommas, Anführungszeichen oder Zeilenumbrüchen werden in Anführungszeichen gesetzt) und &lt;i&gt;datapackage.json&lt;/i&gt;, die die Tabellen, ihre Felder und Schlüssel beschreibt. Andere HSDS-Werkzeuge können das Paket lesen; die Ergänzungen von Sozialraum (Art des Akteurs, Organisationsform, Planungsstand, Gültigkeit, Kapazität, Gremien) sind zusätzliche Spalten und Tabellen, die diese Werkzeuge ignorieren.&lt;/p&gt;&lt;p&gt;Personenbezogene Kontaktdaten (Namen und E-Mail-Adressen von Ansprechpersonen, Telefonnummern von Personen) werden weggelassen, sofern &lt;i&gt;Personenbezogene Kontaktdaten einschließen&lt;/i&gt; nicht gesetzt ist. Wird derselbe Inhalt zweimal exportiert, entstehen dieselben Dateien; wird das Paket in einen leeren Katalog importiert und erneut exportiert, ergibt sich wieder genau dasselbe Paket.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include personal contacts</source>
        <translation>Personenbezogene Kontaktdaten einschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the change log (metadata.csv)</source>
        <translation>Änderungsprotokoll einschließen (metadata.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HSDS package folder</source>
        <translation>Ordner des HSDS-Pakets</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 files, %2 rows written to %3.</source>
        <translation>%1 Dateien mit %2 Zeilen nach %3 geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal contact data was left out.</source>
        <translation>Personenbezogene Kontaktdaten wurden weggelassen.</translation>
    </message>
</context>
<context>
    <name>GapsAlgorithmBase</name>
    <message>
        <location filename="../processing/gapsalgorithmbase.cpp" line="+25"/>
        <source>Detour factor for straight-line costs (without a network)</source>
        <translation>Umwegfaktor für Luftlinienkosten (ohne Netz)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2SFCA</source>
        <translation>2SFCA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E2SFCA (step weights)</source>
        <translation>E2SFCA (Stufengewichte)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gaussian 2SFCA</source>
        <translation>Gauß-2SFCA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3SFCA (selection weights)</source>
        <translation>3SFCA (Auswahlgewichte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catchment d0 for 2SFCA and Gaussian 2SFCA (minutes or metres; E2SFCA and 3SFCA use the last step)</source>
        <translation>Einzugsbereich d0 für 2SFCA und Gauß-2SFCA (Minuten oder Meter; E2SFCA und 3SFCA nutzen die letzte Stufe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps for E2SFCA/3SFCA (upper cost:weight, …; the last step is their catchment)</source>
        <translation>Stufen für E2SFCA/3SFCA (obere Kosten:Gewicht, …; die letzte Stufe ist ihr Einzugsbereich)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The catchment (CATCHMENT) is 0: give the largest cost at which a facility still counts, e.g. 15 (minutes) or 1000 (metres).</source>
        <translation>Das Einzugsgebiet (CATCHMENT) ist 0: Geben Sie die größten Kosten an, bei denen eine Einrichtung noch zählt, z. B. 15 (Minuten) oder 1000 (Meter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E2SFCA: the catchment is the last step of STEPS (%1); CATCHMENT is not used.</source>
        <translation>E2SFCA: Das Einzugsgebiet ist die letzte Stufe von STEPS (%1); CATCHMENT wird nicht verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catchment (CATCHMENT) is 0: the Gaussian weight falls to 0 at the catchment, so it must be greater than 0.</source>
        <translation>Das Einzugsgebiet (CATCHMENT) ist 0: Das Gauß-Gewicht fällt an der Grenze des Einzugsgebiets auf 0, daher muss CATCHMENT größer als 0 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3SFCA: weights and catchment from STEPS (%1).</source>
        <translation>3SFCA: Gewichte und Einzugsgebiet aus STEPS (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>STEPS: %1</source>
        <translation>STEPS: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Straight-line distances are multiplied by the detour factor %1.</source>
        <translation>Luftlinienentfernungen werden mit dem Umwegfaktor %1 multipliziert.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The layer &apos;%1&apos; has no field &apos;%2&apos;.</source>
        <translation>Der Layer &apos;%1&apos; hat kein Feld &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field &apos;%1&apos; of layer &apos;%2&apos; is negative in %3 (%4). Capacities and populations must be 0 or more.</source>
        <translation>Das Feld &apos;%1&apos; des Layers &apos;%2&apos; ist in %3 negativ (%4). Kapazitäten und Einwohnerzahlen müssen 0 oder größer sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 features of &apos;%2&apos; have no number in &apos;%3&apos; and count as 0%4</source>
        <translation>%1 Objekte von &apos;%2&apos; haben in &apos;%3&apos; keine Zahl und zählen als 0%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; text that is not a number: %1</source>
        <translation>; Text, der keine Zahl ist: %1</translation>
    </message>
</context>
<context>
    <name>GuardedSink</name>
    <message>
        <location filename="../processing/guardedsink.cpp" line="+18"/>
        <source>Cancelled while writing %1; nothing was written.</source>
        <translation>Beim Schreiben von %1 abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be written (%2). Nothing was written; check that the disk has space and the file is not open elsewhere.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Es wurde nichts geschrieben; prüfen Sie, ob auf dem Datenträger Platz ist und die Datei nicht anderswo geöffnet ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file refused a feature</source>
        <translation>die Datei hat ein Objekt abgelehnt</translation>
    </message>
</context>
<context>
    <name>ImportHsdsAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/importhsdsalgorithm.cpp" line="+18"/>
        <source>Import HSDS package into catalogue</source>
        <translation>HSDS-Paket in einen Katalog importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HSDS,Open Referral,import,catalogue,data package,CSV</source>
        <translation>HSDS,Open Referral,Import,Katalog,Datenpaket,HSDS-Paket,CSV,Data Package,import,catalogue,data package</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Reads an Open Referral HSDS 3.0 tabular data package (a folder with &lt;i&gt;datapackage.json&lt;/i&gt; and one CSV per table, as written by Sozialraum or another HSDS tool; without &lt;i&gt;datapackage.json&lt;/i&gt; the CSV files are found by their table names) into a catalogue. Records are matched by their id: new ones are added, known ones updated (every changed field goes to the change log). Columns and tables the catalogue does not store are ignored and listed in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;One transaction:&lt;/b&gt; the import completes or the catalogue stays as it was. What makes a table unreadable always stops it with the file, row and field named: a wrong header, broken CSV, text that is not UTF-8, an empty or duplicate id.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Strict off&lt;/b&gt; (default; real feeds hold bad values): every row is imported. A value that breaks a rule (not a number, not a date, not in the code list, a latitude outside −90…90 …) is left empty; a reference to a record that is in neither the package nor the catalogue is left empty, or, where the field is required (the stakeholder of an offering, the term of an attribute …), a placeholder record named &lt;i&gt;[unresolved] id&lt;/i&gt; stands in until a later import brings the record. Each problem is listed as a warning in the log (the first 50 in full) and, if you ask for it, in the &lt;i&gt;Problems&lt;/i&gt; table (file, row, field, value, problem).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Strict on:&lt;/b&gt; all or nothing, as before: the first such problem stops the import, and nothing is written.&lt;/p&gt;&lt;p&gt;A catalogue file that does not exist yet is created.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Liest ein tabellarisches Datenpaket nach Open Referral HSDS 3.0 (einen Ordner mit &lt;i&gt;datapackage.json&lt;/i&gt; und einer CSV-Datei je Tabelle, wie ihn Sozialraum oder ein anderes HSDS-Werkzeug schreibt; ohne &lt;i&gt;datapackage.json&lt;/i&gt; werden die CSV-Dateien über ihre Tabellennamen gefunden) in einen Katalog ein. Datensätze werden über ihre ID zugeordnet: Neue werden hinzugefügt, bekannte aktualisiert (jedes geänderte Feld wird im Änderungsprotokoll festgehalten). Spalten und Tabellen, die der Katalog nicht speichert, werden ignoriert und im Protokoll aufgeführt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eine Transaktion:&lt;/b&gt; Der Import wird vollständig ausgeführt, oder der Katalog bleibt, wie er war. Was eine Tabelle unlesbar macht, bricht ihn immer unter Angabe von Datei, Zeile und Feld ab: eine falsche Kopfzeile, fehlerhaftes CSV, Text, der nicht in UTF-8 vorliegt, eine leere oder doppelte ID.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Streng aus&lt;/b&gt; (Voreinstellung; echte Datenbestände enthalten fehlerhafte Werte): Jede Zeile wird importiert. Ein Wert, der gegen eine Regel verstößt (keine Zahl, kein Datum, nicht in der Codeliste, eine geografische Breite außerhalb von −90…90 …), bleibt leer; ein Verweis auf einen Datensatz, der weder im Paket noch im Katalog steht, bleibt leer, oder, wo das Feld ein Pflichtfeld ist (der Akteur eines Angebots, der Begriff eines Attributs …), steht ein Platzhalter-Datensatz namens &lt;i&gt;[unresolved] ID&lt;/i&gt; dafür ein, bis ein späterer Import den Datensatz liefert. Jedes Problem wird als Warnung im Protokoll aufgeführt (die ersten 50 vollständig) und, wenn gewünscht, in der Tabelle &lt;i&gt;Probleme&lt;/i&gt; (Datei, Zeile, Feld, Wert, Problem).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Streng an:&lt;/b&gt; Alles oder nichts wie bisher: Das erste solche Problem bricht den Import ab, und nichts wird geschrieben.&lt;/p&gt;&lt;p&gt;Eine Katalogdatei, die noch nicht existiert, wird angelegt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>HSDS package folder</source>
        <translation>Ordner des HSDS-Pakets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue (created if it does not exist)</source>
        <translation>Katalog (wird angelegt, falls er noch nicht existiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strict: stop at the first bad value or unresolved reference (all or nothing)</source>
        <translation>Streng: beim ersten fehlerhaften Wert oder unaufgelösten Verweis abbrechen (alles oder nichts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (values left empty, unresolved references)</source>
        <translation>Probleme (leer gelassene Werte, unaufgelöste Verweise)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records added</source>
        <translation>Hinzugefügte Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records updated</source>
        <translation>Aktualisierte Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems listed</source>
        <translation>Aufgeführte Probleme</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>… and %1 more problems; the Problems table lists all %2.</source>
        <translation>… und %1 weitere Probleme; die Tabelle Probleme führt alle %2 auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and %1 more problems; ask for the Problems table (OUTPUT_PROBLEMS) to see all %2.</source>
        <translation>… und %1 weitere Probleme; die Tabelle Probleme (OUTPUT_PROBLEMS) zeigt alle %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placeholder records named &apos;[unresolved] …&apos; stand in for records the package refers to but does not hold: %1.</source>
        <translation>Platzhalter-Datensätze namens &apos;[unresolved] …&apos; stehen für Datensätze ein, auf die das Paket verweist, die es aber nicht enthält: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The package was not imported; the catalogue is unchanged. %1</source>
        <translation>Das Paket wurde nicht importiert; der Katalog ist unverändert. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 records added, %2 updated.</source>
        <translation>%1 Datensätze hinzugefügt, %2 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>ImportOfferingsAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/importofferingsalgorithm.cpp" line="+77"/>
        <source>Import offerings from a point layer</source>
        <translation>Angebote aus einem Punktlayer importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>catalogue,import,offerings,Angebote,Träger,stakeholders,Kita,youth centre</source>
        <translation>Katalog,Import,Angebote,Träger,Akteure,Kita,Jugendfreizeiteinrichtung,JFE,Einrichtungen,catalogue,import,offerings,stakeholders,youth centre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Brings a point layer of facilities (for example a city&apos;s open data on Kitas or youth centres) into a Sozialraum catalogue: every feature becomes an offering (Angebot) with its site, address, phone and web address; the provider field becomes a stakeholder (Akteur), found again by name (case and spaces do not matter), so each provider exists once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Re-import&lt;/b&gt; updates instead of duplicating: give a stable &lt;i&gt;external id&lt;/i&gt; field (such as the city&apos;s facility number); it is stored as &lt;i&gt;source:id&lt;/i&gt; (source = the layer&apos;s name unless given), and offerings with the same source and id are updated, with every changed field recorded in the catalogue&apos;s change log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mapping.&lt;/b&gt; Capacity may be a text field (&quot;98&quot;); empty or unreadable capacities are left empty and listed. &lt;i&gt;Target groups&lt;/i&gt; and &lt;i&gt;themes&lt;/i&gt; (codes or names of the catalogue&apos;s vocabularies, e.g. child, juvenile, education) apply to every imported offering; &lt;i&gt;Kind mapping&lt;/i&gt; adds target groups by the value of the kind field, e.g. &lt;i&gt;Tageseinrichtung/Kita=child; Jugendfreizeiteinrichtungen (JFE)=juvenile&lt;/i&gt;. The address is an expression, e.g. &lt;i&gt;&quot;e_strasse&quot; || &apos; &apos; || &quot;e_hnr&quot;&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;The whole import is one transaction: if it fails or is cancelled, the catalogue stays as it was. A catalogue file that does not exist yet is created.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Übernimmt einen Punktlayer mit Einrichtungen (zum Beispiel die offenen Daten einer Stadt zu Kitas oder Jugendfreizeiteinrichtungen) in einen Sozialraum-Katalog: Jedes Objekt wird zu einem Angebot mit Standort, Adresse, Telefonnummer und Webadresse; aus dem Trägerfeld wird ein Akteur, der über seinen Namen wiedergefunden wird (Groß- und Kleinschreibung sowie Leerzeichen spielen keine Rolle), sodass es jeden Träger nur einmal gibt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erneuter Import&lt;/b&gt; aktualisiert, statt zu verdoppeln: Geben Sie ein Feld mit einer stabilen &lt;i&gt;externen ID&lt;/i&gt; an (etwa der Einrichtungsnummer der Stadt); sie wird als &lt;i&gt;Quelle:ID&lt;/i&gt; gespeichert (Quelle = Name des Layers, sofern nicht anders angegeben), und Angebote mit derselben Quelle und ID werden aktualisiert, wobei jedes geänderte Feld im Änderungsprotokoll des Katalogs festgehalten wird.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zuordnung.&lt;/b&gt; Die Kapazität darf ein Textfeld sein (&quot;98&quot;); leere oder nicht lesbare Kapazitäten bleiben leer und werden aufgeführt. &lt;i&gt;Zielgruppen&lt;/i&gt; und &lt;i&gt;Themen&lt;/i&gt; (Codes oder Namen aus den Vokabularen des Katalogs, z. B. child, juvenile, education) gelten für jedes importierte Angebot; die &lt;i&gt;Zuordnung der Art zu Zielgruppen&lt;/i&gt; ergänzt Zielgruppen je nach Wert im Feld mit der Art, z. B. &lt;i&gt;Tageseinrichtung/Kita=child; Jugendfreizeiteinrichtungen (JFE)=juvenile&lt;/i&gt;. Die Adresse ist ein Ausdruck, z. B. &lt;i&gt;&quot;e_strasse&quot; || &apos; &apos; || &quot;e_hnr&quot;&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Der gesamte Import ist eine einzige Transaktion: Schlägt er fehl oder wird er abgebrochen, bleibt der Katalog, wie er war. Eine Katalogdatei, die noch nicht existiert, wird angelegt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facilities (points)</source>
        <translation>Einrichtungen (Punkte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue (created if it does not exist)</source>
        <translation>Katalog (wird angelegt, falls er noch nicht existiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name field</source>
        <translation>Namensfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable id field (for re-import)</source>
        <translation>Feld mit stabiler ID (für erneuten Import)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source name for the stable ids (empty = the layer&apos;s name)</source>
        <translation>Quellname für die stabilen IDs (leer = Name des Layers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider (Träger) field</source>
        <translation>Trägerfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity field (places)</source>
        <translation>Kapazitätsfeld (Plätze)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind field</source>
        <translation>Feld mit der Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind mapping to target groups (value=code; …)</source>
        <translation>Zuordnung der Art zu Zielgruppen (Wert=Code; …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target groups for all offerings (codes or names)</source>
        <translation>Zielgruppen für alle Angebote (Codes oder Namen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes for all offerings (codes or names)</source>
        <translation>Themen für alle Angebote (Codes oder Namen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization form</source>
        <translation>Organisationsform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (expression)</source>
        <translation>Adresse (Ausdruck)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode field</source>
        <translation>Postleitzahlfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City field</source>
        <translation>Ortsfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone field</source>
        <translation>Telefonfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address field</source>
        <translation>Webadressfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New offerings</source>
        <translation>Neue Angebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated offerings</source>
        <translation>Aktualisierte Angebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New stakeholders</source>
        <translation>Neue Akteure</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No stable id field (EXTERNAL_ID_FIELD): importing the same layer again will add the offerings a second time.</source>
        <translation>Kein Feld mit stabiler ID (EXTERNAL_ID_FIELD): Wird derselbe Layer erneut importiert, werden die Angebote ein zweites Mal angelegt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>KIND_MAPPING: &apos;%1&apos; is not value=code (e.g. Tageseinrichtung/Kita=child).</source>
        <translation>KIND_MAPPING: &apos;%1&apos; hat nicht die Form Wert=Code (z. B. Tageseinrichtung/Kita=child).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The layer &apos;%1&apos; has no features to import.</source>
        <translation>Der Layer &apos;%1&apos; enthält keine Objekte, die importiert werden können.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The id field &apos;%1&apos; (EXTERNAL_ID_FIELD) of layer &apos;%2&apos; is empty for %3 of %4 features (%5). A re-import recognises offerings by this id; without one the same offerings would be added again. Fill in the ids, choose another id field, or leave EXTERNAL_ID_FIELD empty to import without re-import matching.</source>
        <translation>Das ID-Feld &apos;%1&apos; (EXTERNAL_ID_FIELD) des Layers &apos;%2&apos; ist bei %3 von %4 Objekten leer (%5). Ein erneuter Import erkennt Angebote an dieser ID; ohne sie würden dieselben Angebote noch einmal angelegt. Ergänzen Sie die IDs, wählen Sie ein anderes ID-Feld oder lassen Sie EXTERNAL_ID_FIELD leer, um ohne Wiedererkennung zu importieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; in %2</source>
        <translation>&apos;%1&apos; in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id field &apos;%1&apos; (EXTERNAL_ID_FIELD) of layer &apos;%2&apos; repeats %3 ids: %4. Each offering needs its own id, or one would overwrite the others. Correct the ids or choose a field that is unique.</source>
        <translation>Das ID-Feld &apos;%1&apos; (EXTERNAL_ID_FIELD) des Layers &apos;%2&apos; wiederholt %3 IDs: %4. Jedes Angebot braucht eine eigene ID, sonst würde eines die anderen überschreiben. Korrigieren Sie die IDs oder wählen Sie ein eindeutiges Feld.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 of layer &apos;%2&apos; has no name in field &apos;%3&apos;. Every offering needs a name; fill it in or filter the layer.</source>
        <translation>%1 des Layers &apos;%2&apos; hat keinen Namen im Feld &apos;%3&apos;. Jedes Angebot braucht einen Namen; tragen Sie ihn ein oder filtern Sie den Layer.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The import stopped and the catalogue was left as it was: %1</source>
        <translation>Der Import wurde abgebrochen, der Katalog bleibt unverändert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 offerings have no readable capacity in &apos;%2&apos; and were imported without one: %3%4</source>
        <translation>%1 Angebote haben in &apos;%2&apos; keine lesbare Kapazität und wurden ohne Kapazität importiert: %3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 offerings have no geometry and were imported without a site: %2</source>
        <translation>%1 Angebote haben keine Geometrie und wurden ohne Standort importiert: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new offerings, %2 updated, %3 new stakeholders.</source>
        <translation>%1 neue Angebote, %2 aktualisiert, %3 neue Akteure.</translation>
    </message>
</context>
<context>
    <name>IndexInput</name>
    <message>
        <location filename="../processing/indexinput.cpp" line="+25"/>
        <source>The layer &apos;%1&apos; has no field &apos;%2&apos;. Its fields are: %3.</source>
        <translation>Der Layer &apos;%1&apos; hat kein Feld &apos;%2&apos;. Seine Felder sind: %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The layer &apos;%1&apos; has no rows. Choose the layer of statistical areas (check a filter on it).</source>
        <translation>Der Layer &apos;%1&apos; enthält keine Zeilen. Wählen Sie den Layer der statistischen Gebiete (und prüfen Sie, ob ein Filter darauf gesetzt ist).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field &apos;%1&apos; of layer &apos;%2&apos; holds text that is not a number in row %3 (%4): &apos;%5&apos;. Indicators must be numbers; correct the value, leave it empty for a missing value, or choose another field.</source>
        <translation>Das Feld &apos;%1&apos; des Layers &apos;%2&apos; enthält in Zeile %3 (%4) Text, der keine Zahl ist: &apos;%5&apos;. Indikatoren müssen Zahlen sein; korrigieren Sie den Wert, lassen Sie ihn für einen fehlenden Wert leer oder wählen Sie ein anderes Feld.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The layer &apos;%1&apos; has no population field &apos;%2&apos;.</source>
        <translation>Der Layer &apos;%1&apos; hat kein Einwohnerfeld &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The population field &apos;%1&apos; holds text that is not a number in row %2 (%3): &apos;%4&apos;.</source>
        <translation>Das Einwohnerfeld &apos;%1&apos; enthält in Zeile %2 (%3) Text, der keine Zahl ist: &apos;%4&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no population value</source>
        <translation>keine Einwohnerzahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fewer than %1 inhabitants (%2)</source>
        <translation>weniger als %1 Einwohnerinnen und Einwohner (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The exclusion expression cannot be read: %1</source>
        <translation>Der Ausschlussausdruck kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The exclusion expression fails in row %1: %2</source>
        <translation>Der Ausschlussausdruck schlägt in Zeile %1 fehl: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>excluded by hand (%1)</source>
        <translation>manuell ausgeschlossen (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 areas are excluded: %3 below the minimum population, %4 by the exclusion expression. They keep their row without index values.</source>
        <translation>%1 von %2 Gebieten sind ausgeschlossen: %3 unter der Mindesteinwohnerzahl, %4 durch den Ausschlussausdruck. Sie behalten ihre Zeile ohne Indexwerte.</translation>
    </message>
</context>
<context>
    <name>IndexLabels</name>
    <message>
        <location filename="../processing/indexlabels.cpp" line="+16"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very low</source>
        <translation>sehr niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned</source>
        <translation>ohne Zuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all values</source>
        <translation>alle Werte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Berlin Monitoring Soziale Stadtentwicklung: status index</source>
        <translation>Berliner Monitoring Soziale Stadtentwicklung: Statusindex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berlin Monitoring Soziale Stadtentwicklung: dynamics index</source>
        <translation>Berliner Monitoring Soziale Stadtentwicklung: Dynamikindex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CDC/ATSDR Social Vulnerability Index 2022</source>
        <translation>CDC/ATSDR Social Vulnerability Index 2022</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index of Multiple Deprivation (English method)</source>
        <translation>Index of Multiple Deprivation (englisches Verfahren)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no index value</source>
        <translation>kein Indexwert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>excluded: %1</source>
        <translation>ausgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing value in %1</source>
        <translation>fehlender Wert in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no value for %1: %2 needs a value above 0</source>
        <translation>kein Wert für %1: %2 braucht einen Wert über 0</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>above %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status %1, dynamics %2</source>
        <translation>Status %1, Dynamik %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>none: the settings below or a definition file</source>
        <translation>keines: die Einstellungen unten oder eine Definitionsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>IndexOutput</name>
    <message>
        <location filename="../processing/indexoutput.cpp" line="+140"/>
        <source>%1 areas have an index value (%2 included in the statistics, %3 rows in all).</source>
        <translation>%1 Gebiete haben einen Indexwert (%2 in die Statistik einbezogen, %3 Zeilen insgesamt).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  class %1 (%2): %3 areas</source>
        <translation>  Klasse %1 (%2): %3 Gebiete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  without class: %1 areas (see si_note)</source>
        <translation>  ohne Klasse: %1 Gebiete (siehe si_note)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First principal component of &apos;%1&apos;: explains %2 % of the variance; loadings %3.</source>
        <translation>Erste Hauptkomponente von &apos;%1&apos;: erklärt %2 % der Varianz; Ladungen %3.</translation>
    </message>
</context>
<context>
    <name>IsochronesAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/isochronesalgorithm.cpp" line="+38"/>
        <source>Isochrones (reachable areas)</source>
        <translation>Isochronen (erreichbare Gebiete)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>isochrone,service area,catchment,walking,network,reachability,Erreichbarkeit,Einzugsgebiet</source>
        <translation>Isochrone,Einzugsgebiet,Erreichbarkeit,zu Fuß,Gehzeit,Fahrzeit,Netz,Wegenetz,isochrone,service area,catchment,reachability</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Computes the areas that can be reached from each facility within cost bands along the street and path network, for example 5, 10 and 15 minutes on foot from each youth centre.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method.&lt;/b&gt; Every vertex of the network is a node and consecutive vertices form an edge (lines that cross without a shared vertex are not connected; vertices closer than the topology tolerance are joined). Each facility joins the network at its projection on the nearest edge; the straight way to the network counts as cost if chosen. One bounded shortest-path search per facility runs on all processor cores. Edges reached only in part are cut where the cost reaches the band.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Polygons.&lt;/b&gt; &lt;i&gt;Network buffer&lt;/i&gt; (default): a buffer of the given width around the reached streets and paths – honest, unreached blocks stay holes. &lt;i&gt;Concave hull&lt;/i&gt;: a compact outline of the reached points, which may bridge rivers or rail lines. Bands nest: the 10-minute polygon contains the 5-minute one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output.&lt;/b&gt; One polygon per facility and band (largest band first, so smaller bands draw on top) with the facility&apos;s id, the band, the area in m² and the reached network length in m; with &lt;i&gt;Dissolve&lt;/i&gt; one polygon per band over all facilities (the area within 10 minutes of any facility). The optional line output holds the reached network per facility and band, the same content as QGIS&apos;s service-area lines.&lt;/p&gt;&lt;p&gt;Networks in geographic coordinates (for example OpenStreetMap in EPSG:4326) are measured in the UTM zone of their centre.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berechnet die Gebiete, die von jeder Einrichtung aus innerhalb von Kostenstufen über das Straßen- und Wegenetz erreichbar sind, zum Beispiel in 5, 10 und 15 Minuten zu Fuß von jeder Jugendfreizeiteinrichtung.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode.&lt;/b&gt; Jeder Stützpunkt des Netzes ist ein Knoten, aufeinanderfolgende Stützpunkte bilden eine Kante (Linien, die sich ohne gemeinsamen Stützpunkt kreuzen, sind nicht verbunden; Stützpunkte, die näher beieinander liegen als die Topologietoleranz, werden zusammengeführt). Jede Einrichtung wird über ihre Projektion auf die nächstgelegene Kante an das Netz angebunden; die Luftlinie bis zum Netz zählt auf Wunsch zu den Kosten. Je Einrichtung läuft eine begrenzte Kürzeste-Wege-Suche, verteilt auf alle Prozessorkerne. Nur teilweise erreichte Kanten werden dort abgeschnitten, wo die Kosten die Stufe erreichen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Polygone.&lt;/b&gt; &lt;i&gt;Netzpuffer&lt;/i&gt; (Standard): ein Puffer der angegebenen Breite um die erreichten Straßen und Wege – ehrlich, nicht erreichte Blöcke bleiben Löcher. &lt;i&gt;Konkave Hülle&lt;/i&gt;: ein kompakter Umriss der erreichten Punkte, der Flüsse oder Bahnlinien überbrücken kann. Die Stufen sind ineinander verschachtelt: Das 10-Minuten-Polygon enthält das 5-Minuten-Polygon.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ausgabe.&lt;/b&gt; Ein Polygon je Einrichtung und Stufe (größte Stufe zuerst, damit kleinere Stufen obenauf gezeichnet werden) mit der ID der Einrichtung, der Stufe, der Fläche in m² und der erreichten Netzlänge in m; mit &lt;i&gt;Auflösen&lt;/i&gt; ein Polygon je Stufe über alle Einrichtungen (das Gebiet, von dem aus irgendeine Einrichtung in 10 Minuten erreichbar ist). Die optionale Linienausgabe enthält das erreichte Netz je Einrichtung und Stufe, inhaltlich wie die Linien des QGIS-Werkzeugs Einzugsgebiet (Service Area).&lt;/p&gt;&lt;p&gt;Netze in geografischen Koordinaten (zum Beispiel OpenStreetMap in EPSG:4326) werden in der UTM-Zone ihres Mittelpunkts gemessen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facilities (points)</source>
        <translation>Einrichtungen (Punkte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility id field</source>
        <translation>ID-Feld der Einrichtungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bands, ascending, in the cost unit (e.g. 5,10,15)</source>
        <translation>Stufen, aufsteigend, in der Kosteneinheit (z. B. 5,10,15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon method</source>
        <translation>Polygonmethode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network buffer</source>
        <translation>Netzpuffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concave hull</source>
        <translation>Konkave Hülle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer width around reached streets (m)</source>
        <translation>Pufferbreite um erreichte Straßen (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolve: one polygon per band over all facilities</source>
        <translation>Auflösen: ein Polygon je Stufe über alle Einrichtungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isochrones</source>
        <translation>Isochronen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached network (lines)</source>
        <translation>Erreichtes Netz (Linien)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>facilities</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the facilities lies within %1 m of the network. Check that both layers show the same place (CRS) or raise MAX_SNAP_DISTANCE.</source>
        <translation>Keine der Einrichtungen liegt höchstens %1 m vom Netz entfernt. Prüfen Sie, ob beide Layer denselben Ort zeigen (KBS), oder erhöhen Sie MAX_SNAP_DISTANCE.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Searching from %1 facilities…</source>
        <translation>Suche ausgehend von %1 Einrichtungen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Dissolving the polygons of each band…</source>
        <translation>Polygone jeder Stufe werden aufgelöst…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 facilities reach the network; bands %2 %3.</source>
        <translation>%1 Einrichtungen sind an das Netz angebunden; Stufen %2 %3.</translation>
    </message>
</context>
<context>
    <name>LocationSuggestAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/locationsuggestalgorithm.cpp" line="+20"/>
        <source>Locations for new offerings</source>
        <translation>Standortvorschläge für neue Angebote</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>location,site selection,maximal covering,MCLP,set covering,LSCP,p-median,Standortplanung,Standort</source>
        <translation>Standort,Standortwahl,Standortplanung,Standortvorschlag,maximale Abdeckung,MCLP,Set Covering,LSCP,p-Median,p-median,location,site selection,maximal covering,set covering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Which of the candidate sites (vacant shops, school buildings, community rooms) should the next offerings go to? Chooses sites so that as much (need-weighted) demand as possible gets an offering within reach.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methods.&lt;/b&gt; &lt;i&gt;Maximal covering&lt;/i&gt; (MCLP): choose P sites that maximize the demand weight within the radius of at least one chosen or existing facility; greedy choice by the largest marginal gain, then swap improvement (vertex substitution) with restarts – on city-sized problems within a few percent of the optimum, in tests at least 98 %. &lt;i&gt;Set covering&lt;/i&gt; (LSCP): the fewest sites that cover all demand that any candidate can cover (P is not used). &lt;i&gt;p-median&lt;/i&gt;: P sites that minimize the total weighted cost to the nearest facility; costs beyond the radius are not considered (such demand is charged a penalty of twice the radius).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Weight&lt;/b&gt; is an expression on the demand layer, e.g. &lt;i&gt;&quot;inhabitants&quot; * &quot;si_score_pct&quot;&lt;/i&gt; (population × need). Existing facilities count as already covering.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output.&lt;/b&gt; The chosen sites in the order of choice with &lt;i&gt;rank&lt;/i&gt; and &lt;i&gt;marginal_gain&lt;/i&gt; (weight newly covered, or cost saved for p-median); the summary table and the log report the covered demand before and after.&lt;/p&gt;</source>
        <translation>&lt;p&gt;An welche der möglichen Standorte (leerstehende Läden, Schulgebäude, Gemeinschaftsräume) sollen die nächsten Angebote gehen? Wählt Standorte so, dass möglichst viel (nach Bedarf gewichtete) Nachfrage ein Angebot in erreichbarer Nähe erhält.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methoden.&lt;/b&gt; &lt;i&gt;Maximale Abdeckung&lt;/i&gt; (MCLP): wählt P Standorte, die das Nachfragegewicht innerhalb des Radius mindestens eines gewählten Standorts oder einer bestehenden Einrichtung maximieren; Greedy-Auswahl nach dem größten Zugewinn, danach Verbesserung durch Austausch (Vertex Substitution) mit Neustarts – bei Problemen in Stadtgröße wenige Prozent vom Optimum entfernt, in Tests mindestens 98 %. &lt;i&gt;Vollständige Abdeckung&lt;/i&gt; (LSCP): die wenigsten Standorte, die alle Nachfrage abdecken, die überhaupt ein Kandidat abdecken kann (P wird nicht verwendet). &lt;i&gt;p-median&lt;/i&gt;: P Standorte, die die gewichteten Gesamtkosten bis zur nächstgelegenen Einrichtung minimieren; Kosten jenseits des Radius werden nicht betrachtet (solcher Nachfrage wird eine Strafe von zweimal dem Radius angerechnet).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gewicht&lt;/b&gt; ist ein Ausdruck auf dem Nachfrage-Layer, z. B. &lt;i&gt;&quot;inhabitants&quot; * &quot;si_score_pct&quot;&lt;/i&gt; (Einwohnerzahl × Bedarf). Bestehende Einrichtungen gelten als bereits abdeckend.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ausgabe.&lt;/b&gt; Die gewählten Standorte in der Reihenfolge der Auswahl mit &lt;i&gt;rank&lt;/i&gt; und &lt;i&gt;marginal_gain&lt;/i&gt; (neu abgedecktes Gewicht bzw. bei p-median eingesparte Kosten); die Übersichtstabelle und das Protokoll nennen die abgedeckte Nachfrage vorher und nachher.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Candidate sites (points)</source>
        <translation>Mögliche Standorte (Punkte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing facilities</source>
        <translation>Bestehende Einrichtungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand (points or polygons)</source>
        <translation>Nachfrage (Punkte oder Polygone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand weight (expression, e.g. population × need)</source>
        <translation>Nachfragegewicht (Ausdruck, z. B. Einwohnerzahl × Bedarf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of new sites (P)</source>
        <translation>Anzahl neuer Standorte (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radius: demand within this cost counts as covered</source>
        <translation>Radius: Nachfrage innerhalb dieser Kosten gilt als abgedeckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>maximal covering (greedy + swap)</source>
        <translation>maximale Abdeckung (Greedy + Austausch)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set covering</source>
        <translation>vollständige Abdeckung (Set Covering)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p-median</source>
        <translation>p-median</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested sites</source>
        <translation>Standortvorschläge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage before and after</source>
        <translation>Abdeckung vorher und nachher</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The radius is 0: give the cost within which demand counts as covered, e.g. 10 (minutes) or 800 (metres).</source>
        <translation>Der Radius ist 0: Geben Sie die Kosten an, innerhalb derer Nachfrage als abgedeckt gilt, z. B. 10 (Minuten) oder 800 (Meter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P (%1) is larger than the number of candidate sites (%2). Choose P ≤ %2 or add candidates.</source>
        <translation>P (%1) ist größer als die Anzahl möglicher Standorte (%2). Wählen Sie P ≤ %2 oder ergänzen Sie weitere Standorte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>candidates</source>
        <translation>mögliche Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demand</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Costs between %1 demand points and %2 candidates (up to %3 %4)…</source>
        <translation>Kosten zwischen %1 Nachfragepunkten und %2 möglichen Standorten werden berechnet (bis %3 %4)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>existing facilities</source>
        <translation>bestehende Einrichtungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choosing sites…</source>
        <translation>Standorte werden ausgewählt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>total weight</source>
        <translation>Gesamtgewicht</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>weighted cost before</source>
        <translation>gewichtete Kosten vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weighted cost after</source>
        <translation>gewichtete Kosten nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight beyond the radius after</source>
        <translation>Gewicht außerhalb des Radius nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-median: weighted cost %1 before, %2 after (%3 sites).</source>
        <translation>p-median: gewichtete Kosten %1 vorher, %2 nachher (%3 Standorte).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>covered before</source>
        <translation>abgedeckt vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>covered after</source>
        <translation>abgedeckt nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share covered before</source>
        <translation>Anteil abgedeckt vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share covered after</source>
        <translation>Anteil abgedeckt nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight no candidate can cover</source>
        <translation>von keinem möglichen Standort abdeckbares Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered demand: %1 (%2 %) before, %3 (%4 %) after %5 new sites; %6 cannot be covered by any candidate.</source>
        <translation>Abgedeckte Nachfrage: %1 (%2 %) vorher, %3 (%4 %) nach %5 neuen Standorten; %6 kann von keinem möglichen Standort abgedeckt werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only %1 of %2 sites were chosen: further candidates would cover no additional demand within the radius.</source>
        <translation>Nur %1 von %2 Standorten wurden gewählt: Weitere mögliche Standorte würden innerhalb des Radius keine zusätzliche Nachfrage abdecken.</translation>
    </message>
</context>
<context>
    <name>MonitoringAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/monitoringalgorithm.cpp" line="+45"/>
        <source>Status and dynamics monitoring (MSS)</source>
        <translation>Status- und Dynamik-Monitoring (MSS)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>monitoring,Monitoring Soziale Stadtentwicklung,MSS,RISE,status,dynamics,Statusindex,Dynamikindex,Berlin,Hamburg</source>
        <translation>Monitoring,Monitoring Soziale Stadtentwicklung,MSS,RISE,Status,Dynamik,Statusindex,Dynamikindex,Sozialmonitoring,Berlin,Hamburg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;The scheme of Berlin&apos;s &lt;i&gt;Monitoring Soziale Stadtentwicklung&lt;/i&gt; (MSS, also used by Hamburg&apos;s RISE and other cities): a status index from the current level of the status indicators, a dynamics index from their change over two years, and their combination into 12 groups.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method, exactly as published.&lt;/b&gt; Areas with fewer inhabitants than the minimum (MSS: 300) and areas matched by the exclusion expression are excluded: they get no index and the label “ohne Zuordnung”, and they are not part of the mean or standard deviation. Every indicator is z-standardized over the included areas with the &lt;b&gt;population&lt;/b&gt; standard deviation (divide by n). The status sum is the sum of the status z-values; the status index is the z-standardized status sum (again population sd). The dynamics index is made the same way from the dynamics indicators.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Classes.&lt;/b&gt; Status: 1 hoch (index &amp;lt; −1), 2 mittel (−1 ≤ index ≤ 1), 3 niedrig (1 &amp;lt; index ≤ 1.5), 4 sehr niedrig (index &amp;gt; 1.5). Dynamics: 1 positiv (&amp;lt; −1), 2 stabil (−1 … 1), 3 negativ (&amp;gt; 1). &lt;i&gt;overall_code&lt;/i&gt; = 10 × status class + dynamics class, with &lt;i&gt;overall_label&lt;/i&gt; such as “Status mittel, Dynamik negativ”. Areas of status 3 or 4, or status 2 with negative dynamics, are the ones cities look at first.&lt;/p&gt;&lt;p&gt;Positive values mean more disadvantage: choose indicators such as unemployment or transfer receipt, and their changes in percentage points.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Verfahren des Berliner &lt;i&gt;Monitoring Soziale Stadtentwicklung&lt;/i&gt; (MSS, auch vom Hamburger RISE und anderen Städten genutzt): ein Statusindex aus dem aktuellen Niveau der Statusindikatoren, ein Dynamikindex aus deren Veränderung über zwei Jahre und die Kombination beider zu 12 Gruppen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode, genau wie veröffentlicht.&lt;/b&gt; Gebiete mit weniger Einwohnerinnen und Einwohnern als der Mindestzahl (MSS: 300) und Gebiete, auf die der Ausschlussausdruck zutrifft, werden ausgeschlossen: Sie erhalten keinen Index und die Bezeichnung „ohne Zuordnung“ und gehen nicht in Mittelwert und Standardabweichung ein. Jeder Indikator wird über die einbezogenen Gebiete mit der Standardabweichung der &lt;b&gt;Grundgesamtheit&lt;/b&gt; (Division durch n) z-standardisiert. Die Statussumme ist die Summe der Status-z-Werte; der Statusindex ist die z-standardisierte Statussumme (wieder mit der Standardabweichung der Grundgesamtheit). Der Dynamikindex wird auf dieselbe Weise aus den Dynamikindikatoren gebildet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Klassen.&lt;/b&gt; Status: 1 hoch (Index &amp;lt; −1), 2 mittel (−1 ≤ Index ≤ 1), 3 niedrig (1 &amp;lt; Index ≤ 1,5), 4 sehr niedrig (Index &amp;gt; 1,5). Dynamik: 1 positiv (&amp;lt; −1), 2 stabil (−1 … 1), 3 negativ (&amp;gt; 1). &lt;i&gt;overall_code&lt;/i&gt; = 10 × Statusklasse + Dynamikklasse, mit &lt;i&gt;overall_label&lt;/i&gt; wie „Status mittel, Dynamik negativ“. Gebiete mit Status 3 oder 4 oder mit Status 2 und negativer Dynamik sind diejenigen, die Städte zuerst in den Blick nehmen.&lt;/p&gt;&lt;p&gt;Positive Werte bedeuten mehr Benachteiligung: Wählen Sie Indikatoren wie Arbeitslosigkeit oder Transferbezug und deren Veränderung in Prozentpunkten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Statistical areas (polygons or a table)</source>
        <translation>Statistische Gebiete (Polygone oder Tabelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status indicators</source>
        <translation>Statusindikatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamics indicators (change over two years)</source>
        <translation>Dynamikindikatoren (Veränderung über zwei Jahre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population field</source>
        <translation>Einwohnerfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum population (areas below are excluded)</source>
        <translation>Mindesteinwohnerzahl (Gebiete darunter werden ausgeschlossen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude areas where (expression)</source>
        <translation>Gebiete ausschließen, für die gilt (Ausdruck)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one status indicator and one dynamics indicator.</source>
        <translation>Wählen Sie mindestens einen Statusindikator und einen Dynamikindikator.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The monitoring cannot be computed for &apos;%1&apos;: %2</source>
        <translation>Das Monitoring kann für &apos;%1&apos; nicht berechnet werden: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Status: %1 high, %2 medium, %3 low, %4 very low, %5 not assigned.</source>
        <translation>Status: %1 hoch, %2 mittel, %3 niedrig, %4 sehr niedrig, %5 ohne Zuordnung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 areas have a low or very low status, or a medium status with negative dynamics: the areas to look at first.</source>
        <translation>%1 Gebiete haben einen niedrigen oder sehr niedrigen Status oder einen mittleren Status mit negativer Dynamik: die Gebiete, die zuerst Aufmerksamkeit brauchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value (reason in monitoring_note)</source>
        <translation>kein Wert (Grund in monitoring_note)</translation>
    </message>
</context>
<context>
    <name>NearestFacilityAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/nearestfacilityalgorithm.cpp" line="+41"/>
        <source>Nearest facility (network cost)</source>
        <translation>Nächstgelegene Einrichtung (Netzkosten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nearest,closest,facility,distance,travel time,network,Voronoi,Erreichbarkeit</source>
        <translation>nächstgelegene,nächste,Einrichtung,Entfernung,Distanz,Fahrzeit,Gehzeit,Netz,Wegenetz,Voronoi,Erreichbarkeit,nearest,facility</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;For every origin (address points, buildings, statistical areas) finds the nearest facility along the street and path network and its cost (metres or minutes).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method.&lt;/b&gt; One shortest-path search starts from all facilities at once; it gives every point of the network its nearest facility in a single pass (a network Voronoi partition), so the time grows with the size of the network, not with origins × facilities. Origins and facilities join the network at their projection on the nearest edge; polygons use a point inside them (point on surface). With &lt;i&gt;Add the straight way&lt;/i&gt; the distance from each point to the network is added at both ends. Costs are measured from the facility outwards, as in QGIS&apos;s service area.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output.&lt;/b&gt; The origins with &lt;i&gt;nearest_id&lt;/i&gt;, &lt;i&gt;nearest_cost&lt;/i&gt; and &lt;i&gt;snap_distance&lt;/i&gt; (metres from the origin to the network). Where no facility lies within the maximum cost, or the origin is too far from the network, the values are empty and &lt;i&gt;nearest_note&lt;/i&gt; says why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ermittelt für jeden Startort (Adresspunkte, Gebäude, statistische Gebiete) die nächstgelegene Einrichtung entlang des Straßen- und Wegenetzes und die Kosten bis dorthin (Meter oder Minuten).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode.&lt;/b&gt; Eine einzige Kürzeste-Wege-Suche startet gleichzeitig von allen Einrichtungen; sie ordnet jedem Punkt des Netzes in einem Durchgang seine nächstgelegene Einrichtung zu (eine Voronoi-Zerlegung des Netzes), sodass die Rechenzeit mit der Größe des Netzes wächst und nicht mit Startorten × Einrichtungen. Startorte und Einrichtungen werden über ihre Projektion auf die nächstgelegene Kante an das Netz angebunden; Polygone verwenden einen Punkt in ihrem Inneren (Punkt auf Oberfläche). Mit &lt;i&gt;Luftlinie hinzurechnen&lt;/i&gt; wird die Entfernung von jedem Punkt zum Netz an beiden Enden addiert. Die Kosten werden wie beim QGIS-Werkzeug Einzugsgebiet (Service Area) von der Einrichtung aus nach außen gemessen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ausgabe.&lt;/b&gt; Die Startorte mit &lt;i&gt;nearest_id&lt;/i&gt;, &lt;i&gt;nearest_cost&lt;/i&gt; und &lt;i&gt;snap_distance&lt;/i&gt; (Meter vom Startort bis zum Netz). Liegt keine Einrichtung innerhalb der maximalen Kosten oder ist der Startort zu weit vom Netz entfernt, bleiben die Werte leer und &lt;i&gt;nearest_note&lt;/i&gt; nennt den Grund.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Origins (points or polygons)</source>
        <translation>Startorte (Punkte oder Polygone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin id field (matches a cost table&apos;s origin ids)</source>
        <translation>Feld der Start-ID (passend zu den Start-IDs einer Kostentabelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities (points)</source>
        <translation>Einrichtungen (Punkte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility id field</source>
        <translation>ID-Feld der Einrichtungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum cost (0 = no limit)</source>
        <translation>Maximale Kosten (0 = keine Begrenzung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origins with nearest facility</source>
        <translation>Startorte mit nächstgelegener Einrichtung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give a street network (NETWORK) or a cost table (COST_TABLE) to measure the way to the facilities.</source>
        <translation>Geben Sie ein Straßennetz (NETWORK) oder eine Kostentabelle (COST_TABLE) an, um die Wege zu den Einrichtungen zu messen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining facilities and origins to the network…</source>
        <translation>Einrichtungen und Startorte werden an das Netz angebunden…</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <source>facilities</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+73"/>
        <source>origins</source>
        <translation>Startorte</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Reading facilities and origins…</source>
        <translation>Einrichtungen und Startpunkte werden gelesen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of the facilities lies within %1 m of the network. Check that the layers show the same place (CRS) or raise MAX_SNAP_DISTANCE.</source>
        <translation>Keine der Einrichtungen liegt höchstens %1 m vom Netz entfernt. Prüfen Sie, ob die Layer denselben Ort zeigen (KBS), oder erhöhen Sie MAX_SNAP_DISTANCE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching the nearest facility from all %1 facilities at once…</source>
        <translation>Suche der nächstgelegenen Einrichtung gleichzeitig von allen %1 Einrichtungen aus…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no geometry</source>
        <translation>keine Geometrie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>farther than %1 m from the network</source>
        <translation>weiter als %1 m vom Netz entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no facility within %1 %2</source>
        <translation>keine Einrichtung innerhalb von %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no facility reachable on the network</source>
        <translation>keine Einrichtung über das Netz erreichbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no facility in the cost table</source>
        <translation>keine Einrichtung in der Kostentabelle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2 origins have no nearest facility (see nearest_note).</source>
        <translation>%1 von %2 Startorten haben keine nächstgelegene Einrichtung (siehe nearest_note).</translation>
    </message>
</context>
<context>
    <name>NetworkAlgorithmBase</name>
    <message>
        <location filename="../processing/networkalgorithmbase.cpp" line="+57"/>
        <source>Street and path network (lines)</source>
        <translation>Straßen- und Wegenetz (Linien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance (m)</source>
        <translation>Entfernung (m)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travel time (min)</source>
        <translation>Fahr-/Gehzeit (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed where the network gives none (km/h; 4.5 = walking)</source>
        <translation>Geschwindigkeit, wo das Netz keine angibt (km/h; 4,5 = zu Fuß)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed field of the network (km/h)</source>
        <translation>Geschwindigkeitsfeld des Netzes (km/h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-way field of the network (yes / -1 / empty)</source>
        <translation>Einbahnstraßenfeld des Netzes (yes / -1 / leer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topology tolerance: join vertices closer than (m)</source>
        <translation>Topologietoleranz: Stützpunkte zusammenführen, die näher liegen als (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum distance from a point to the network (m)</source>
        <translation>Maximale Entfernung eines Punktes zum Netz (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the straight way from each point to the network</source>
        <translation>Luftlinie von jedem Punkt zum Netz hinzurechnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The network layer &apos;%1&apos; has no lines. Choose a street layer with features (check a filter on the layer).</source>
        <translation>Der Netz-Layer &apos;%1&apos; enthält keine Linien. Wählen Sie einen Straßen-Layer mit Objekten (und prüfen Sie, ob ein Filter auf dem Layer gesetzt ist).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network layer &apos;%1&apos; has no coordinate reference system. Set it in the layer&apos;s properties (Source → Assigned CRS).</source>
        <translation>Der Netz-Layer &apos;%1&apos; hat kein Koordinatenbezugssystem. Legen Sie es in den Layereigenschaften fest (Quelle → Zugewiesenes KBS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is in %1 (not metric); distances are measured in %2.</source>
        <translation>Das Netz liegt in %1 vor (nicht metrisch); Entfernungen werden in %2 gemessen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TOLERANCE is %1 m: vertices that far apart are joined, which moves streets and can connect ones that do not meet. It is meant for gaps of a few metres at most.</source>
        <translation>TOLERANCE ist %1 m: So weit auseinanderliegende Stützpunkte werden verbunden; das verschiebt Straßen und kann Straßen verbinden, die sich nicht treffen. Gedacht ist sie für Lücken von höchstens wenigen Metern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>The speed is %1 km/h: travel times need a speed greater than 0 (SPEED; 4.5 km/h is walking).</source>
        <translation>Die Geschwindigkeit beträgt %1 km/h: Fahr- und Gehzeiten erfordern eine Geschwindigkeit größer als 0 (SPEED; 4,5 km/h entspricht dem Gehen).</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Building the network graph from &apos;%1&apos;…</source>
        <translation>Netzgraph wird aus &apos;%1&apos; aufgebaut…</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Line %1 of the network layer &apos;%2&apos; has the speed %3 in field &apos;%4&apos;. Speeds must be greater than 0 km/h: correct the value or leave it empty to use SPEED.</source>
        <translation>Linie %1 des Netz-Layers &apos;%2&apos; hat im Feld &apos;%4&apos; die Geschwindigkeit %3. Geschwindigkeiten müssen größer als 0 km/h sein: Korrigieren Sie den Wert oder lassen Sie ihn leer, damit SPEED gilt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lines of &apos;%2&apos; have no usable geometry and are not part of the network.</source>
        <translation>%1 Linien von &apos;%2&apos; haben keine verwendbare Geometrie und gehören nicht zum Netz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lines have a speed in field &apos;%2&apos; that is not a number (e.g. &apos;walk&apos;); they use the speed %3 km/h.</source>
        <translation>%1 Linien haben im Feld &apos;%2&apos; eine Geschwindigkeit, die keine Zahl ist (z. B. &apos;walk&apos;); für sie gilt die Geschwindigkeit %3 km/h.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 vertices closer than %2 m were joined.</source>
        <translation>%1 Stützpunkte, die näher als %2 m beieinander lagen, wurden zusammengeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network layer &apos;%1&apos; cannot be used: %2</source>
        <translation>Der Netz-Layer &apos;%1&apos; kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network: %1 nodes, %2 edges (%3 bytes per edge).</source>
        <translation>Netz: %1 Knoten, %2 Kanten (%3 Byte je Kante).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network has %1 disconnected parts; the largest holds %2 % of its length. Points in small parts reach little: look for streets that meet without a shared vertex, or raise TOLERANCE.</source>
        <translation>Das Netz besteht aus %1 nicht verbundenen Teilen; der größte umfasst %2 % seiner Länge. Punkte in kleinen Teilen erreichen wenig: Suchen Sie nach Straßen, die sich ohne gemeinsamen Stützpunkt treffen, oder erhöhen Sie TOLERANCE.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The layer &apos;%1&apos; has no coordinate reference system. Set it in the layer&apos;s properties.</source>
        <translation>Der Layer &apos;%1&apos; hat kein Koordinatenbezugssystem. Legen Sie es in den Layereigenschaften fest.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No network given: costs are straight-line distances in %1.</source>
        <translation>Kein Netz angegeben: Die Kosten sind Luftlinienentfernungen in %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The layer &apos;%1&apos; (%2) has no features.</source>
        <translation>Der Layer &apos;%1&apos; (%2) enthält keine Objekte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The layer &apos;%1&apos; (%2) has no coordinate reference system. Set it in the layer&apos;s properties.</source>
        <translation>Der Layer &apos;%1&apos; (%2) hat kein Koordinatenbezugssystem. Legen Sie es in den Layereigenschaften fest.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2 m)</source>
        <translation>%1 (%2 m)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 features of &apos;%2&apos; (%3) have no geometry and are left out: %4</source>
        <translation>%1 Objekte von &apos;%2&apos; (%3) haben keine Geometrie und werden ausgelassen: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 features of &apos;%2&apos; (%3) are farther than %4 m from the network and are left out (raise MAX_SNAP_DISTANCE or check the CRS): %5%6</source>
        <translation>%1 Objekte von &apos;%2&apos; (%3) liegen weiter als %4 m vom Netz entfernt und werden ausgelassen (erhöhen Sie MAX_SNAP_DISTANCE oder prüfen Sie das KBS): %5%6</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; (features %2)</source>
        <translation>&apos;%1&apos; (Objekte %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The id field &apos;%1&apos; of &apos;%2&apos; (%3) holds %4 values more than once: %5%6. Every feature is kept, but their results carry the same id.</source>
        <translation>Das ID-Feld &apos;%1&apos; von &apos;%2&apos; (%3) enthält %4 Werte mehrfach: %5%6. Alle Objekte bleiben erhalten, ihre Ergebnisse tragen aber dieselbe ID.</translation>
    </message>
</context>
<context>
    <name>OdMatrixAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/odmatrixalgorithm.cpp" line="+15"/>
        <source>Origin-destination matrix (sparse)</source>
        <translation>Start-Ziel-Matrix (dünn besetzt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>od,matrix,origin,destination,cost,distance matrix,network</source>
        <translation>OD,Matrix,Start-Ziel-Matrix,Quelle-Ziel,Startort,Zielort,Kosten,Entfernungsmatrix,Distanzmatrix,Netz,origin,destination</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Writes a table of network costs between origins and destinations: one row per pair whose cost is within the maximum cost (a sparse matrix). This is the cost table that catchment-ratio methods (2SFCA) and location models need.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method.&lt;/b&gt; One bounded shortest-path search per origin, on all processor cores; rows are written while the searches run, so tens of millions of rows stream to the output file and never sit in memory. Points join the network at their projection on the nearest edge; polygons use a point on their surface. Costs include the straight way to the network at both ends if chosen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output.&lt;/b&gt; A table without geometry: &lt;i&gt;origin_id&lt;/i&gt;, &lt;i&gt;destination_id&lt;/i&gt;, &lt;i&gt;cost&lt;/i&gt; (metres or minutes). Rows of one origin come together; origins appear in the order their searches finish. Write to a GeoPackage or CSV for large matrices.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schreibt eine Tabelle der Netzkosten zwischen Startorten und Zielorten: eine Zeile je Paar, dessen Kosten die maximalen Kosten nicht überschreiten (eine dünn besetzte Matrix). Das ist die Kostentabelle, die Einzugsgebietsverfahren wie 2SFCA (Two-Step Floating Catchment Area) und Standortmodelle benötigen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode.&lt;/b&gt; Je Startort eine begrenzte Kürzeste-Wege-Suche, verteilt auf alle Prozessorkerne; die Zeilen werden geschrieben, während die Suchen laufen, sodass auch zig Millionen Zeilen direkt in die Ausgabedatei fließen und nie im Arbeitsspeicher liegen. Punkte werden über ihre Projektion auf die nächstgelegene Kante an das Netz angebunden; Polygone verwenden einen Punkt auf ihrer Oberfläche. Auf Wunsch enthalten die Kosten an beiden Enden die Luftlinie bis zum Netz.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ausgabe.&lt;/b&gt; Eine Tabelle ohne Geometrie: &lt;i&gt;origin_id&lt;/i&gt;, &lt;i&gt;destination_id&lt;/i&gt;, &lt;i&gt;cost&lt;/i&gt; (Meter oder Minuten). Die Zeilen eines Startorts stehen zusammen; die Startorte erscheinen in der Reihenfolge, in der ihre Suchen fertig werden. Schreiben Sie große Matrizen in ein GeoPackage oder eine CSV-Datei.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Origins (points or polygons)</source>
        <translation>Startorte (Punkte oder Polygone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin id field</source>
        <translation>ID-Feld der Startorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinations (points or polygons)</source>
        <translation>Zielorte (Punkte oder Polygone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination id field</source>
        <translation>ID-Feld der Zielorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum cost (pairs beyond are not written)</source>
        <translation>Maximale Kosten (Paare darüber werden nicht geschrieben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OD matrix</source>
        <translation>Start-Ziel-Matrix</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>MAX_COST must be greater than 0; a full matrix of every pair is rarely what is wanted and can be huge.</source>
        <translation>MAX_COST muss größer als 0 sein; eine vollständige Matrix aller Paare ist selten gewollt und kann riesig werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining origins and destinations to the network…</source>
        <translation>Startorte und Zielorte werden an das Netz angebunden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origins</source>
        <translation>Startorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destinations</source>
        <translation>Zielorte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Searching from %1 origins (up to %2 %3)…</source>
        <translation>Suche ausgehend von %1 Startorten (bis %2 %3)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 origin-destination pairs within %2 %3.</source>
        <translation>%1 Start-Ziel-Paare innerhalb von %2 %3.</translation>
    </message>
</context>
<context>
    <name>OfferingsLayerAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/offeringslayeralgorithm.cpp" line="+32"/>
        <source>Offerings as a point layer</source>
        <translation>Angebote als Punktlayer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>catalogue,offerings,Angebote,facilities,export,layer,filter</source>
        <translation>Katalog,Angebote,Einrichtungen,Export,Layer,Punktlayer,Filter,catalogue,offerings,facilities</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Makes a point layer of the catalogue&apos;s offerings at their sites, filtered by theme, target group, organization form, status and validity date – ready as &lt;i&gt;FACILITIES&lt;/i&gt; or &lt;i&gt;SUPPLY&lt;/i&gt; for the accessibility and service-gap algorithms (capacity as a number).&lt;/p&gt;&lt;p&gt;One point per offering and site (an offering with two sites gives two points) in EPSG:4326, with &lt;i&gt;service_id&lt;/i&gt;, &lt;i&gt;name&lt;/i&gt;, &lt;i&gt;provider&lt;/i&gt;, &lt;i&gt;capacity&lt;/i&gt;, &lt;i&gt;organization_form&lt;/i&gt;, &lt;i&gt;status&lt;/i&gt;, &lt;i&gt;themes&lt;/i&gt; and &lt;i&gt;target_groups&lt;/i&gt; (codes), &lt;i&gt;valid_from&lt;/i&gt;/&lt;i&gt;valid_to&lt;/i&gt;, &lt;i&gt;location_id&lt;/i&gt; and &lt;i&gt;address&lt;/i&gt;. Themes and target groups are codes or names of the catalogue&apos;s vocabularies (e.g. juvenile, senior); &lt;i&gt;Valid on&lt;/i&gt; takes a date (2026-11-23) or &lt;i&gt;today&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erzeugt einen Punktlayer der Angebote des Katalogs an ihren Standorten, gefiltert nach Thema, Zielgruppe, Organisationsform, Status und Gültigkeitsdatum – direkt verwendbar als &lt;i&gt;FACILITIES&lt;/i&gt; oder &lt;i&gt;SUPPLY&lt;/i&gt; für die Algorithmen zu Erreichbarkeit und Versorgungslücken (Kapazität als Zahl).&lt;/p&gt;&lt;p&gt;Ein Punkt je Angebot und Standort (ein Angebot mit zwei Standorten ergibt zwei Punkte) in EPSG:4326, mit &lt;i&gt;service_id&lt;/i&gt;, &lt;i&gt;name&lt;/i&gt;, &lt;i&gt;provider&lt;/i&gt;, &lt;i&gt;capacity&lt;/i&gt;, &lt;i&gt;organization_form&lt;/i&gt;, &lt;i&gt;status&lt;/i&gt;, &lt;i&gt;themes&lt;/i&gt; und &lt;i&gt;target_groups&lt;/i&gt; (Codes), &lt;i&gt;valid_from&lt;/i&gt;/&lt;i&gt;valid_to&lt;/i&gt;, &lt;i&gt;location_id&lt;/i&gt; und &lt;i&gt;address&lt;/i&gt;. Themen und Zielgruppen sind Codes oder Namen aus den Vokabularen des Katalogs (z. B. juvenile, senior); &lt;i&gt;Gültig am&lt;/i&gt; nimmt ein Datum (2026-11-23) oder &lt;i&gt;today&lt;/i&gt; an.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme (code or name)</source>
        <translation>Thema (Code oder Name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target group (code or name)</source>
        <translation>Zielgruppe (Code oder Name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization form</source>
        <translation>Organisationsform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>defunct</source>
        <translation>eingestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>temporarily closed</source>
        <translation>vorübergehend geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid on (date YYYY-MM-DD or &apos;today&apos;; empty = any)</source>
        <translation>Gültig am (Datum JJJJ-MM-TT oder &apos;today&apos;; leer = beliebig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offerings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 offering sites written.</source>
        <translation>%1 Angebotsstandorte geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 offerings have no site with coordinates and are not on the layer.</source>
        <translation>%1 Angebote haben keinen Standort mit Koordinaten und sind nicht im Layer enthalten.</translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <location filename="../processing/outputguard.cpp" line="+123"/>
        <source>%1 would write over &apos;%2&apos;, which this run reads as %3. Choose another file for %1; a result never replaces its own input.</source>
        <translation>%1 würde &apos;%2&apos; überschreiben, das dieser Lauf als %3 liest. Wählen Sie für %1 eine andere Datei; ein Ergebnis ersetzt nie seine eigene Eingabe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &apos;%2&apos; already holds other layers (%3). Writing the result there would replace the whole file and delete them. Choose a new file, or write the result as a new layer of that GeoPackage with ogr:dbname=&apos;%2&apos; table=&quot;new_name&quot; (geom).</source>
        <translation>%1: &apos;%2&apos; enthält bereits andere Layer (%3). Das Ergebnis dorthin zu schreiben, würde die ganze Datei ersetzen und sie löschen. Wählen Sie eine neue Datei oder schreiben Sie das Ergebnis als neuen Layer in dieses GeoPackage mit ogr:dbname=&apos;%2&apos; table=&quot;neuer_name&quot; (geom).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the folder &apos;%2&apos; does not exist. Create it first or choose another place for &apos;%3&apos;.</source>
        <translation>%1: Der Ordner &apos;%2&apos; existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ort für &apos;%3&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Sozialraum cannot write into the folder &apos;%2&apos; (%3). Choose a folder you may write to.</source>
        <translation>%1: Sozialraum kann nicht in den Ordner &apos;%2&apos; schreiben (%3). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is read-only and cannot be replaced. Choose another file or make it writable.</source>
        <translation>%1: &apos;%2&apos; ist schreibgeschützt und kann nicht ersetzt werden. Wählen Sie eine andere Datei oder heben Sie den Schreibschutz auf.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 replaces the earlier file &apos;%2&apos;.</source>
        <translation>%1 ersetzt die frühere Datei &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the finished result could not be moved to &apos;%2&apos; (%3).</source>
        <translation>%1: Das fertige Ergebnis konnte nicht nach &apos;%2&apos; verschoben werden (%3).</translation>
    </message>
</context>
<context>
    <name>ProgrammeTargetingAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/programmetargetingalgorithm.cpp" line="+19"/>
        <source>Programme targeting (Förderkulisse)</source>
        <translation>Förderkulisse prüfen (Programmgebiete und Bedarf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>programme,funding area,Förderkulisse,Soziale Stadt,WiN,targeting,high need</source>
        <translation>Programm,Förderprogramm,Fördergebiet,Förderkulisse,Programmgebiet,Soziale Stadt,WiN,Quartiersmanagement,hoher Bedarf,programme,funding area,targeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Do the funding areas of a programme (Soziale Stadt, Bremen&apos;s WiN, a Quartiersmanagement) cover the areas of high need? Bremen&apos;s social monitoring found conspicuous quarters outside its funding areas; this algorithm lists them.&lt;/p&gt;&lt;p&gt;For every statistical area: &lt;i&gt;programme_share&lt;/i&gt;, the share of its area inside any programme area (measured in metres in a projected CRS; programme areas in another CRS are reprojected), and &lt;i&gt;targeting&lt;/i&gt;: “high need outside programme” (high need, share below 0.5), “high need inside”, “programme without high need” (share at least 0.5, no high need) or “neither”. &lt;i&gt;High need&lt;/i&gt; is an expression on the areas, e.g. &lt;i&gt;&quot;status_class&quot; &amp;gt;= 3&lt;/i&gt; or &lt;i&gt;&quot;gap_class&quot; = 1&lt;/i&gt;. The log sums up the four groups.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Decken die Fördergebiete eines Programms (Soziale Stadt, das Bremer WiN, ein Quartiersmanagement) die Gebiete mit hohem Bedarf ab? Das Bremer Sozialmonitoring fand auffällige Quartiere außerhalb seiner Fördergebiete; dieser Algorithmus listet sie auf.&lt;/p&gt;&lt;p&gt;Für jedes statistische Gebiet: &lt;i&gt;programme_share&lt;/i&gt;, der Anteil seiner Fläche, der in irgendeinem Programmgebiet liegt (gemessen in Metern in einem projizierten KBS; Programmgebiete in einem anderen KBS werden umprojiziert), und &lt;i&gt;targeting&lt;/i&gt;: „high need outside programme“ (hoher Bedarf, Anteil unter 0,5), „high need inside“ (hoher Bedarf im Programmgebiet), „programme without high need“ (Anteil mindestens 0,5, kein hoher Bedarf) oder „neither“ (keines von beiden). &lt;i&gt;Hoher Bedarf&lt;/i&gt; ist ein Ausdruck auf den Gebieten, z. B. &lt;i&gt;&quot;status_class&quot; &amp;gt;= 3&lt;/i&gt; oder &lt;i&gt;&quot;gap_class&quot; = 1&lt;/i&gt;. Das Protokoll fasst die vier Gruppen zusammen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statistical areas (polygons)</source>
        <translation>Statistische Gebiete (Polygone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High need where (expression)</source>
        <translation>Hoher Bedarf in Gebieten, für die gilt (Ausdruck)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme areas (polygons)</source>
        <translation>Programmgebiete (Polygone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeting</source>
        <translation>Förderkulisse und Bedarf</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The programme layer &apos;%1&apos; has no polygons.</source>
        <translation>Der Layer der Programmgebiete &apos;%1&apos; enthält keine Polygone.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The layer &apos;%1&apos; has no areas.</source>
        <translation>Der Layer &apos;%1&apos; enthält keine Gebiete.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 areas of high need lie outside the programme areas, %2 inside; %3 programme areas without high need; %4 neither.</source>
        <translation>%1 Gebiete mit hohem Bedarf liegen außerhalb der Programmgebiete, %2 innerhalb; %3 Programmgebiete ohne hohen Bedarf; %4 keines von beiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
</context>
<context>
    <name>QuarterProfileAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/quarterprofilealgorithm.cpp" line="+20"/>
        <source>Quarter profile of offerings and stakeholders</source>
        <translation>Quartiersprofil der Angebote und Akteure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>catalogue,quarter,profile,Quartier,Sozialraum,offerings,stakeholders,Angebote,Akteure,Lübeck</source>
        <translation>Katalog,Quartier,Quartiersprofil,Profil,Sozialraum,Angebote,Akteure,Träger,Lübeck,catalogue,quarter,profile,offerings,stakeholders</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;For every statistical area (quarter, Sozialraum): how many offerings of the catalogue have a site there, by organization form (central, in the quarter, outreach, mobile), by theme and by target group, and which stakeholders are active there – the table that answers which offerings are already organized per quarter and where offerings for a target group (seniors, people with disabilities …) are missing.&lt;/p&gt;&lt;p&gt;An offering counts in an area when one of its sites lies inside the area&apos;s polygon. Counts per theme are named &lt;i&gt;theme_&amp;lt;code&amp;gt;&lt;/i&gt;, per target group &lt;i&gt;target_&amp;lt;code&amp;gt;&lt;/i&gt; (codes of the catalogue&apos;s vocabularies); &lt;i&gt;stakeholders&lt;/i&gt; counts the providers with an offering there and &lt;i&gt;stakeholder_names&lt;/i&gt; lists them. With &lt;i&gt;Valid on&lt;/i&gt; only offerings valid on that date count.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für jedes statistische Gebiet (Quartier, Sozialraum): wie viele Angebote des Katalogs dort einen Standort haben, nach Organisationsform (zentral, im Quartier, aufsuchend, mobil), nach Thema und nach Zielgruppe, und welche Akteure dort tätig sind – die Tabelle, die zeigt, welche Angebote je Quartier bereits organisiert sind und wo Angebote für eine Zielgruppe (Seniorinnen und Senioren, Menschen mit Behinderungen …) fehlen.&lt;/p&gt;&lt;p&gt;Ein Angebot zählt in einem Gebiet, wenn einer seiner Standorte innerhalb des Polygons des Gebiets liegt. Die Anzahlen je Thema heißen &lt;i&gt;theme_&amp;lt;code&amp;gt;&lt;/i&gt;, je Zielgruppe &lt;i&gt;target_&amp;lt;code&amp;gt;&lt;/i&gt; (Codes aus den Vokabularen des Katalogs); &lt;i&gt;stakeholders&lt;/i&gt; zählt die Träger mit einem Angebot dort, und &lt;i&gt;stakeholder_names&lt;/i&gt; führt sie auf. Mit &lt;i&gt;Gültig am&lt;/i&gt; zählen nur Angebote, die an diesem Datum gültig sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistical areas (polygons)</source>
        <translation>Statistische Gebiete (Polygone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid on (date YYYY-MM-DD or &apos;today&apos;; empty = any)</source>
        <translation>Gültig am (Datum JJJJ-MM-TT oder &apos;today&apos;; leer = beliebig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter profile</source>
        <translation>Quartiersprofil</translation>
    </message>
</context>
<context>
    <name>ServiceGapsAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/servicegapsalgorithm.cpp" line="+27"/>
        <source>Service gaps: need versus access</source>
        <translation>Versorgungslücken: Bedarf und Erreichbarkeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gap,need,access,coverage,unserved,Versorgungslücke,Bedarf,2SFCA,social index</source>
        <translation>Versorgungslücke,Bedarf,Erreichbarkeit,Versorgung,Abdeckung,unversorgt,2SFCA,Sozialindex,gap,need,access,coverage,unserved,social index</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;The layer that shows where need is high and help is far away: for every statistical area its access to a kind of offering (floating-catchment ratio, as in &lt;i&gt;Catchment ratio&lt;/i&gt;), the share of its residents within the catchment, and the comparison with its need.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand.&lt;/b&gt; Either finer demand points with a population (addresses, buildings, census grid cells), each assigned to the area it lies in, or – without them – each area&apos;s population at a point inside the area. &lt;b&gt;Need&lt;/b&gt; is any numeric field where higher means more need: &lt;i&gt;si_score&lt;/i&gt; or &lt;i&gt;status_class&lt;/i&gt; from the social-index algorithms, or a target-group share.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt; per area: &lt;i&gt;access&lt;/i&gt; (demand-weighted mean of its points&apos; access, places per person), &lt;i&gt;coverage_share&lt;/i&gt; (share of its demand within the catchment d0 of a facility), &lt;i&gt;unserved&lt;/i&gt; (demand beyond d0), &lt;i&gt;need_rank&lt;/i&gt; (1 = highest need), &lt;i&gt;access_rank&lt;/i&gt; (1 = poorest access), &lt;i&gt;gap_score&lt;/i&gt; = (percentile rank of need + 1 − percentile rank of access) / 2, from 0 to 1, highest where need is high and access poor (percentile rank = count strictly below / (n − 1)), and &lt;i&gt;gap_class&lt;/i&gt;: need is high at or above the median need, access is poor below the median access: 1 high need, poor access – 2 high need, good access – 3 low need, poor access – 4 low need, good access. Loaded in QGIS, class 1 is drawn in strong red so that it stands out.&lt;/p&gt;&lt;p&gt;Costs come from the network when one is given, else from straight-line distance × detour factor.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Layer, der zeigt, wo der Bedarf hoch und Hilfe weit entfernt ist: für jedes statistische Gebiet seine Erreichbarkeit einer Angebotsart (Versorgungsquote mit gleitendem Einzugsgebiet, wie in &lt;i&gt;Versorgungsgrad im Einzugsgebiet&lt;/i&gt;), der Anteil seiner Einwohnerinnen und Einwohner innerhalb des Einzugsgebiets und der Vergleich mit seinem Bedarf.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nachfrage.&lt;/b&gt; Entweder feinere Nachfragepunkte mit einer Einwohnerzahl (Adressen, Gebäude, Zensus-Gitterzellen), die jeweils dem Gebiet zugeordnet werden, in dem sie liegen, oder – ohne diese – die Einwohnerzahl jedes Gebiets an einem Punkt innerhalb des Gebiets. &lt;b&gt;Bedarf&lt;/b&gt; ist ein beliebiges Zahlenfeld, bei dem ein höherer Wert mehr Bedarf bedeutet: &lt;i&gt;si_score&lt;/i&gt; oder &lt;i&gt;status_class&lt;/i&gt; aus den Sozialindex-Algorithmen oder ein Zielgruppenanteil.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ausgabe&lt;/b&gt; je Gebiet: &lt;i&gt;access&lt;/i&gt; (nachfragegewichteter Mittelwert der Erreichbarkeit seiner Punkte, Plätze je Person), &lt;i&gt;coverage_share&lt;/i&gt; (Anteil seiner Nachfrage innerhalb des Einzugsgebiets d0 einer Einrichtung), &lt;i&gt;unserved&lt;/i&gt; (Nachfrage jenseits von d0), &lt;i&gt;need_rank&lt;/i&gt; (1 = höchster Bedarf), &lt;i&gt;access_rank&lt;/i&gt; (1 = schlechteste Erreichbarkeit), &lt;i&gt;gap_score&lt;/i&gt; = (Perzentilrang des Bedarfs + 1 − Perzentilrang der Erreichbarkeit) / 2, von 0 bis 1, am höchsten, wo der Bedarf hoch und die Erreichbarkeit schlecht ist (Perzentilrang = Anzahl echt kleinerer Werte / (n − 1)), und &lt;i&gt;gap_class&lt;/i&gt;: Der Bedarf ist hoch ab dem Median des Bedarfs, die Erreichbarkeit ist schlecht unter dem Median der Erreichbarkeit: 1 hoher Bedarf, schlechte Erreichbarkeit – 2 hoher Bedarf, gute Erreichbarkeit – 3 niedriger Bedarf, schlechte Erreichbarkeit – 4 niedriger Bedarf, gute Erreichbarkeit. In QGIS geladen, wird Klasse 1 in kräftigem Rot dargestellt, damit sie hervorsticht.&lt;/p&gt;&lt;p&gt;Die Kosten stammen aus dem Netz, wenn eines angegeben ist, sonst aus der Luftlinienentfernung × Umwegfaktor.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Statistical areas (polygons)</source>
        <translation>Statistische Gebiete (Polygone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population of the areas (used without demand points)</source>
        <translation>Einwohnerzahl der Gebiete (verwendet ohne Nachfragepunkte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need (higher = more need, e.g. si_score or status_class)</source>
        <translation>Bedarf (höher = mehr Bedarf, z. B. si_score oder status_class)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand points: addresses, buildings or grid cells (instead of the areas&apos; population)</source>
        <translation>Nachfragepunkte: Adressen, Gebäude oder Rasterzellen (statt der Einwohnerzahl der Gebiete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population of the demand points</source>
        <translation>Einwohnerzahl der Nachfragepunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply (facilities)</source>
        <translation>Angebot (Einrichtungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity field (empty = 1 per facility)</source>
        <translation>Kapazitätsfeld (leer = 1 je Einrichtung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service gaps</source>
        <translation>Versorgungslücken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give either demand points (DEMAND with DEMAND_FIELD) or the areas&apos; population (POPULATION_FIELD).</source>
        <translation>Geben Sie entweder Nachfragepunkte (DEMAND mit DEMAND_FIELD) oder die Einwohnerzahl der Gebiete (POPULATION_FIELD) an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None of the %1 areas of &apos;%2&apos; (AREAS) has a geometry, so no area can be measured. Repair the geometries or choose the layer with the areas&apos; boundaries.</source>
        <translation>Keines der %1 Gebiete von &apos;%2&apos; (AREAS) hat eine Geometrie, daher kann kein Gebiet gemessen werden. Reparieren Sie die Geometrien oder wählen Sie den Layer mit den Gebietsgrenzen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The need field &apos;%1&apos; holds text that is not a number in %2: &apos;%3&apos;.</source>
        <translation>Das Bedarfsfeld &apos;%1&apos; enthält in %2 Text, der keine Zahl ist: &apos;%3&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>demand</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>supply</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 demand points (demand %2) lie in no area and are left out of the areas&apos; figures.</source>
        <translation>%1 Nachfragepunkte (Nachfrage %2) liegen in keinem Gebiet und gehen nicht in die Werte der Gebiete ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Need and access cannot be compared: %1</source>
        <translation>Bedarf und Erreichbarkeit können nicht verglichen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>high need, poor access</source>
        <translation>hoher Bedarf, schlechte Erreichbarkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>high need, good access</source>
        <translation>hoher Bedarf, gute Erreichbarkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low need, poor access</source>
        <translation>niedriger Bedarf, schlechte Erreichbarkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low need, good access</source>
        <translation>niedriger Bedarf, gute Erreichbarkeit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no demand</source>
        <translation>keine Nachfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no need value</source>
        <translation>kein Bedarfswert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no geometry</source>
        <translation>keine Geometrie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 areas with high need and poor access, %2 high need and good access, %3 low need and poor access, %4 low need and good access, %5 without a class.</source>
        <translation>%1 Gebiete mit hohem Bedarf und schlechter Erreichbarkeit, %2 mit hohem Bedarf und guter Erreichbarkeit, %3 mit niedrigem Bedarf und schlechter Erreichbarkeit, %4 mit niedrigem Bedarf und guter Erreichbarkeit, %5 ohne Klasse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no class (reason in gap_label)</source>
        <translation>keine Klasse (Grund in gap_label)</translation>
    </message>
</context>
<context>
    <name>SocialIndexAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/socialindexalgorithm.cpp" line="+33"/>
        <source>Composite social index</source>
        <translation>Zusammengesetzter Sozialindex</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>social index,deprivation,composite indicator,Sozialindex,Sozialstrukturatlas,MSS,SVI,IMD,z-score,PCA,monitoring</source>
        <translation>Sozialindex,Sozialstrukturatlas,Benachteiligung,Deprivation,zusammengesetzter Indikator,Index,MSS,SVI,IMD,z-Wert,z-score,PCA,Hauptkomponentenanalyse,Monitoring,social index</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Statistical areas (polygons or a table)</source>
        <translation>Statistische Gebiete (Polygone oder Tabelle)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invert: indicators where a higher value means less disadvantage</source>
        <translation>Umkehren: Indikatoren, bei denen ein höherer Wert weniger Benachteiligung bedeutet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights, comma-separated, one per indicator (empty = equal)</source>
        <translation>Gewichte, kommagetrennt, eines je Indikator (leer = gleich gewichtet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalization</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z-score (population standard deviation)</source>
        <translation>z-Wert (Standardabweichung der Grundgesamtheit)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>min–max (0 to 1)</source>
        <translation>Min–Max (0 bis 1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>percentile rank (count below / (n − 1))</source>
        <translation>Perzentilrang (Anzahl darunter / (n − 1))</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>robust z (median / MAD)</source>
        <translation>robuster z-Wert (Median / MAD)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weighted mean</source>
        <translation>gewichteter Mittelwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>geometric mean</source>
        <translation>geometrisches Mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>first principal component</source>
        <translation>erste Hauptkomponente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final scaling of the index</source>
        <translation>Abschließende Skalierung des Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z-score</source>
        <translation>z-Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>percentile rank</source>
        <translation>Perzentilrang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MSS cut points (−1, +1, +1.5)</source>
        <translation>MSS-Schwellenwerte (−1; +1; +1,5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standard-deviation breaks</source>
        <translation>Standardabweichungsklassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>equal interval</source>
        <translation>gleiche Intervalle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>natural breaks (Jenks)</source>
        <translation>natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of classes (not for MSS cut points)</source>
        <translation>Anzahl der Klassen (nicht bei MSS-Schwellenwerten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population field</source>
        <translation>Einwohnerfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum population (areas below are excluded)</source>
        <translation>Mindesteinwohnerzahl (Gebiete darunter werden ausgeschlossen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude areas where (expression)</source>
        <translation>Gebiete ausschließen, für die gilt (Ausdruck)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes meaning “no value” (comma-separated, e.g. -999)</source>
        <translation>Codes für „kein Wert“ (kommagetrennt, z. B. -999)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity: Monte-Carlo runs (0 = off)</source>
        <translation>Sensitivität: Monte-Carlo-Durchläufe (0 = aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity: also vary the normalization</source>
        <translation>Sensitivität: auch die Normalisierung variieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social index</source>
        <translation>Sozialindex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal component loadings</source>
        <translation>Ladungen der Hauptkomponente</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>MISSING_VALUES: &apos;%1&apos; is not a number. Give codes such as -999 or -1,-999.</source>
        <translation>MISSING_VALUES: &apos;%1&apos; ist keine Zahl. Geben Sie Codes wie -999 oder -1,-999 an.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>DEFINITION &apos;%1&apos; is neither a shipped preset nor an existing file. Presets: %2.</source>
        <translation>DEFINITION &apos;%1&apos; ist weder eine mitgelieferte Vorlage noch eine vorhandene Datei. Vorlagen: %2.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>&lt;p&gt;Combines several indicators of statistical areas (Planungsräume, Quartiere, census tracts) into one social index with a score, a rank and a class per area – reproducibly, with the method written down.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Steps.&lt;/b&gt; Areas below the minimum population or matched by the exclusion expression are excluded from every statistic and keep their row without values (&lt;i&gt;si_note&lt;/i&gt; says why). Each indicator is normalized over the included areas: &lt;i&gt;z-score&lt;/i&gt; uses the &lt;b&gt;population&lt;/b&gt; standard deviation (divide by n, as Berlin&apos;s MSS); &lt;i&gt;percentile rank&lt;/i&gt; = number of values strictly below / (n − 1), so ties get the lowest rank (as CDC&apos;s SVI); &lt;i&gt;robust z&lt;/i&gt; = (x − median) / (1.4826 · MAD). Indicators listed under &lt;i&gt;Invert&lt;/i&gt; are turned round so that a higher value always means more disadvantage. The normalized indicators are aggregated with the weights (sum, weighted mean, geometric mean – positive values only –, or first principal component of the correlation matrix, oriented so that higher = more disadvantage; loadings and explained variance go to the log and the optional table). The result &lt;i&gt;si_raw&lt;/i&gt; is scaled to &lt;i&gt;si_score&lt;/i&gt;, ranked (1 = most disadvantaged) and classified. &lt;i&gt;MSS cut points&lt;/i&gt;: class 1 score &amp;lt; −1, class 2 −1 ≤ score ≤ 1, class 3 1 &amp;lt; score ≤ 1.5, class 4 score &amp;gt; 1.5.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Published methods and own definitions.&lt;/b&gt; Instead of the single-level settings, &lt;i&gt;Index&lt;/i&gt; (PRESET) chooses a published method – Berlin&apos;s MSS status index (berlin-mss-status), its dynamics index (berlin-mss-dynamics), CDC&apos;s SVI 2022 (cdc-svi-2022: writes CDC&apos;s EPL_*, SPL_THEME1…4, RPL_THEME1…4, SPL_THEMES, RPL_THEMES, F_* columns; −999 = missing; sums and ranks rounded to 4 decimals as CDC does), the English IMD (imd-exponential) –, and &lt;i&gt;Own definition&lt;/i&gt; (DEFINITION) takes a JSON file with a tree of indicators, themes and index, each node with its own normalization, aggregation, scaling, weight and output names (a preset&apos;s name works there too). Without either, choose the &lt;i&gt;Indicators&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sensitivity.&lt;/b&gt; With a number of Monte-Carlo runs, every run multiplies each weight by a random factor between 0.5 and 1.5 (and, if chosen, picks the normalization at random among z-score, min–max and percentile rank); &lt;i&gt;si_class_stability&lt;/i&gt; is the share of runs in which an area keeps its class, &lt;i&gt;si_rank_p05&lt;/i&gt;/&lt;i&gt;si_rank_p95&lt;/i&gt; the spread of its rank – the answer to the committee&apos;s question how much the weights decide.&lt;/p&gt;&lt;p&gt;Missing values (NULL, empty, or one of the codes under &lt;i&gt;Missing values&lt;/i&gt;) leave the area without an index and are named in &lt;i&gt;si_note&lt;/i&gt;. Text that is not a number stops the run with the row named.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fasst mehrere Indikatoren statistischer Gebiete (Planungsräume, Quartiere, Zählbezirke) zu einem Sozialindex mit Wert, Rang und Klasse je Gebiet zusammen – reproduzierbar und mit dokumentierter Methode.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Schritte.&lt;/b&gt; Gebiete unter der Mindesteinwohnerzahl oder mit zutreffendem Ausschlussausdruck werden aus allen Statistiken ausgeschlossen und behalten ihre Zeile ohne Werte (&lt;i&gt;si_note&lt;/i&gt; nennt den Grund). Jeder Indikator wird über die einbezogenen Gebiete normalisiert: &lt;i&gt;z-Wert&lt;/i&gt; verwendet die Standardabweichung der &lt;b&gt;Grundgesamtheit&lt;/b&gt; (Division durch n, wie das Berliner MSS); &lt;i&gt;Perzentilrang&lt;/i&gt; = Anzahl der echt kleineren Werte / (n − 1), sodass gleiche Werte den niedrigsten Rang erhalten (wie der SVI der CDC); &lt;i&gt;robuster z-Wert&lt;/i&gt; = (x − Median) / (1,4826 · MAD). Indikatoren unter &lt;i&gt;Umkehren&lt;/i&gt; werden umgepolt, sodass ein höherer Wert immer mehr Benachteiligung bedeutet. Die normalisierten Indikatoren werden mit den Gewichten aggregiert (Summe, gewichteter Mittelwert, geometrisches Mittel – nur für positive Werte – oder erste Hauptkomponente der Korrelationsmatrix, so ausgerichtet, dass höher = mehr Benachteiligung; Ladungen und erklärte Varianz gehen in das Protokoll und in die optionale Tabelle). Das Ergebnis &lt;i&gt;si_raw&lt;/i&gt; wird zu &lt;i&gt;si_score&lt;/i&gt; skaliert, in eine Rangfolge gebracht (1 = am stärksten benachteiligt) und klassifiziert. &lt;i&gt;MSS-Schwellenwerte&lt;/i&gt;: Klasse 1 Wert &amp;lt; −1, Klasse 2 −1 ≤ Wert ≤ 1, Klasse 3 1 &amp;lt; Wert ≤ 1,5, Klasse 4 Wert &amp;gt; 1,5.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Veröffentlichte Verfahren und eigene Definitionen.&lt;/b&gt; Statt der einstufigen Einstellungen wählt &lt;i&gt;Index&lt;/i&gt; (PRESET) ein veröffentlichtes Verfahren – den Statusindex des Berliner MSS (berlin-mss-status), seinen Dynamikindex (berlin-mss-dynamics), den SVI 2022 der CDC (cdc-svi-2022: schreibt die CDC-Spalten EPL_*, SPL_THEME1…4, RPL_THEME1…4, SPL_THEMES, RPL_THEMES, F_*; −999 = fehlend; Summen und Ränge wie bei der CDC auf 4 Nachkommastellen gerundet), den englischen IMD (imd-exponential) –, und &lt;i&gt;Eigene Definition&lt;/i&gt; (DEFINITION) nimmt eine JSON-Datei mit einem Baum aus Indikatoren, Themen und Index, jeder Knoten mit eigener Normalisierung, Aggregation, Skalierung, eigenem Gewicht und eigenen Ausgabenamen (auch der Name einer Vorlage ist dort möglich). Ohne beides wählen Sie die &lt;i&gt;Indikatoren&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sensitivität.&lt;/b&gt; Bei einer gegebenen Anzahl von Monte-Carlo-Durchläufen multipliziert jeder Durchlauf jedes Gewicht mit einem Zufallsfaktor zwischen 0,5 und 1,5 (und wählt auf Wunsch die Normalisierung zufällig aus z-Wert, Min–Max und Perzentilrang); &lt;i&gt;si_class_stability&lt;/i&gt; ist der Anteil der Durchläufe, in denen ein Gebiet seine Klasse behält, &lt;i&gt;si_rank_p05&lt;/i&gt;/&lt;i&gt;si_rank_p95&lt;/i&gt; die Spannweite seines Rangs – die Antwort auf die Frage des Ausschusses, wie viel die Gewichte entscheiden.&lt;/p&gt;&lt;p&gt;Fehlende Werte (NULL, leer oder einer der Codes unter &lt;i&gt;Codes für „kein Wert“&lt;/i&gt;) lassen das Gebiet ohne Index und werden in &lt;i&gt;si_note&lt;/i&gt; genannt. Text, der keine Zahl ist, bricht den Lauf unter Angabe der Zeile ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Index: a published method (overrides the settings below)</source>
        <translation>Index: ein veröffentlichtes Verfahren (ersetzt die Einstellungen unten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Own definition: JSON file (overrides the settings below)</source>
        <translation>Eigene Definition: JSON-Datei (ersetzt die Einstellungen unten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators (needed without a published method or own definition)</source>
        <translation>Indikatoren (nötig ohne veröffentlichtes Verfahren oder eigene Definition)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose either a published method (PRESET: %1) or an own definition (DEFINITION: %2), not both.</source>
        <translation>Wählen Sie entweder ein veröffentlichtes Verfahren (PRESET: %1) oder eine eigene Definition (DEFINITION: %2), nicht beides.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the indicators (INDICATORS), a published method (PRESET, e.g. Berlin&apos;s MSS status index) or an own definition file (DEFINITION).</source>
        <translation>Wählen Sie die Indikatoren (INDICATORS), ein veröffentlichtes Verfahren (PRESET, z. B. den Statusindex des Berliner MSS) oder eine eigene Definitionsdatei (DEFINITION).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Definition: %1</source>
        <translation>Definition: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>WEIGHTS: &apos;%1&apos; is not a number. Give one number per indicator, e.g. 1,1,2.</source>
        <translation>WEIGHTS: &apos;%1&apos; ist keine Zahl. Geben Sie eine Zahl je Indikator an, z. B. 1,1,2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1 indicators of &apos;%2&apos;…</source>
        <translation>%1 Indikatoren aus &apos;%2&apos; werden gelesen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Computing the index…</source>
        <translation>Index wird berechnet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sensitivity: %1 Monte-Carlo runs…</source>
        <translation>Sensitivität: %1 Monte-Carlo-Durchläufe…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The index cannot be computed for &apos;%1&apos;: %2</source>
        <translation>Der Index kann für &apos;%1&apos; nicht berechnet werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dynamics</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no value (reason in si_note)</source>
        <translation>kein Wert (Grund in si_note)</translation>
    </message>
</context>
<context>
    <name>Sozialraum</name>
    <message>
        <location filename="../processing/bandparser.cpp" line="+12"/>
        <source>%1 is empty: give one or more ascending values such as 5,10,15.</source>
        <translation>%1 ist leer: Geben Sie einen oder mehrere aufsteigende Werte an, z. B. 5,10,15.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; is not a positive number. Give ascending values such as 5,10,15.</source>
        <translation>%1: &apos;%2&apos; ist keine positive Zahl. Geben Sie aufsteigende Werte an, z. B. 5,10,15.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be ascending: %2 comes after %3. Write them as, e.g., 5,10,15.</source>
        <translation>%1 muss aufsteigend sein: %2 folgt auf %3. Schreiben Sie die Werte z. B. als 5,10,15.</translation>
    </message>
    <message>
        <location filename="../processing/layerutils.cpp" line="+44"/>
        <source>feature %1 (%2 = %3)</source>
        <translation>Objekt %1 (%2 = %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <location filename="../processing/expressionvalues.cpp" line="+18"/>
        <source>%1: the expression cannot be read: %2</source>
        <translation>%1: Der Ausdruck kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the expression fails for %2: %3</source>
        <translation>%1: Der Ausdruck schlägt für %2 fehl: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2) gives no number for %3 (&apos;%4&apos;). Make the expression return a number for every feature, e.g. with coalesce(&quot;field&quot;, 0).</source>
        <translation>%1 (%2) liefert für %3 keine Zahl (&apos;%4&apos;). Sorgen Sie dafür, dass der Ausdruck für jedes Objekt eine Zahl liefert, z. B. mit coalesce(&quot;field&quot;, 0).</translation>
    </message>
    <message>
        <location filename="../processing/expressioncheck.cpp" line="+40"/>
        <source>%1: the expression %2 cannot be read: %3. Put field names in double quotes and text in single quotes, e.g. &quot;district&quot; = &apos;Mitte&apos;.</source>
        <translation>%1: Der Ausdruck %2 ist nicht lesbar: %3. Setzen Sie Feldnamen in doppelte und Text in einfache Anführungszeichen, z. B. &quot;bezirk&quot; = &apos;Mitte&apos;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the expression %2 uses %3, which the layer %4 (%5) does not have. Its fields are: %6. Put field names in double quotes and text in single quotes.</source>
        <translation>%1: Der Ausdruck %2 verwendet %3, das der Layer %4 (%5) nicht hat. Seine Felder sind: %6. Setzen Sie Feldnamen in doppelte und Text in einfache Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../processing/layercheck.cpp" line="+39"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polygons (areas)</source>
        <translation>Polygone (Flächen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no geometry (a table)</source>
        <translation>keine Geometrie (eine Tabelle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown geometry</source>
        <translation>unbekannte Geometrie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the layer &apos;%2&apos; holds %3, but %1 needs %4. Choose a layer of %4.</source>
        <translation>%1: Der Layer &apos;%2&apos; enthält %3, aber %1 braucht %4. Wählen Sie einen Layer mit %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the layer &apos;%2&apos; has no coordinate reference system (CRS), so it cannot be matched with the other layers. Set the CRS its coordinates are in (Layer Properties → Source → Assigned CRS, or a .prj file beside a Shapefile).</source>
        <translation>%1: Der Layer &apos;%2&apos; hat kein Koordinatenbezugssystem (KBS) und kann daher nicht mit den anderen Layern abgeglichen werden. Legen Sie das KBS fest, in dem seine Koordinaten vorliegen (Layereigenschaften → Quelle → Zugewiesenes KBS, oder eine .prj-Datei neben einem Shapefile).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the layer &apos;%2&apos; says its coordinates are degrees (%3), but they reach %4, %5 – that is not a place on Earth in degrees. The coordinates are probably metres of a projected CRS (such as UTM, EPSG:25832/25833): set the layer&apos;s true CRS.</source>
        <translation>%1: Der Layer &apos;%2&apos; gibt seine Koordinaten in Grad an (%3), sie reichen aber bis %4, %5 – das ist in Grad kein Ort auf der Erde. Vermutlich sind es Meter eines projizierten KBS (etwa UTM, EPSG:25832/25833): Legen Sie das tatsächliche KBS des Layers fest.</translation>
    </message>
</context>
<context>
    <name>SozialraumAlgorithm</name>
    <message>
        <location filename="../processing/sozialraumalgorithm.cpp" line="+19"/>
        <source>Social indices</source>
        <translation>Soziale Indizes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accessibility</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service gaps</source>
        <translation>Versorgungslücken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancelled: the run stopped before it finished; no output was written and earlier files are unchanged.</source>
        <translation>Abgebrochen: Der Lauf endete, bevor er fertig war; es wurde keine Ausgabe geschrieben, frühere Dateien sind unverändert.</translation>
    </message>
</context>
<context>
    <name>SozialraumPlugin</name>
    <message>
        <location filename="../plugin/sozialraumplugin.cpp" line="+44"/>
        <source>Social-space planning: social indices, network accessibility, service gaps and a catalogue of stakeholders and offerings.</source>
        <translation>Sozialraumplanung: soziale Indizes, Erreichbarkeit im Wegenetz, Versorgungslücken und ein Katalog der Akteure und Angebote.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plugins</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sozialraum Catalogue</source>
        <translation>Sozialraum-Katalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the Sozialraum catalogue of stakeholders and offerings</source>
        <translation>Sozialraum-Katalog der Akteure und Angebote ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <location line="+37"/>
        <location line="+6"/>
        <source>&amp;Sozialraum</source>
        <translation>&amp;Sozialraum</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>New catalogue…</source>
        <translation>Neuer Katalog…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new catalogue of stakeholders and offerings (a SpatiaLite file)</source>
        <translation>Einen neuen Katalog der Akteure und Angebote anlegen (eine SpatiaLite-Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open catalogue…</source>
        <translation>Katalog öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a catalogue file; the project remembers it</source>
        <translation>Eine Katalogdatei öffnen; das Projekt merkt sie sich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add catalogue tables to project</source>
        <translation>Katalogtabellen zum Projekt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the catalogue&apos;s tables as layers with relations, so that forms show related records</source>
        <translation>Die Tabellen des Katalogs als Layer mit Beziehungen hinzufügen, damit Formulare verknüpfte Datensätze zeigen</translation>
    </message>
</context>
<context>
    <name>SozialraumProvider</name>
    <message>
        <location filename="../processing/sozialraumprovider.cpp" line="+20"/>
        <source>Sozialraum</source>
        <translation>Sozialraum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sozialraum %1 – social indices, accessibility and service gaps</source>
        <translation>Sozialraum %1 – soziale Indizes, Erreichbarkeit und Versorgungslücken</translation>
    </message>
</context>
<context>
    <name>SozialraumRunner</name>
    <message>
        <location filename="../processing/runner/sozialraumrunner.cpp" line="+90"/>
        <source>Usage: sozialraum_process [--json] COMMAND [ARGS]

Commands:
  list                      list all available algorithms (sozialraum:* and QGIS&apos;s native:*)
  help ALGORITHM            show the help and parameters of an algorithm or a .model3 file
  run ALGORITHM --PARAM=value ...
                            run an algorithm (id such as sozialraum:socialindex, or a path to a
                            .model3 file made in the Model Builder)

Parameter values use qgis_process&apos;s forms: field lists separated by &apos;;&apos;, layers as
&apos;path|layername=name&apos;, outputs as a file path or TEMPORARY_OUTPUT. Repeat a parameter to give
several values. --json prints machine-readable results on standard output; progress and
messages go to standard error. Ctrl+C cancels a running algorithm.</source>
        <translation>Aufruf: sozialraum_process [--json] BEFEHL [ARGUMENTE]

Befehle:
  list                      alle verfügbaren Algorithmen auflisten (sozialraum:* und native:* von QGIS)
  help ALGORITHMUS          Hilfe und Parameter eines Algorithmus oder einer .model3-Datei anzeigen
  run ALGORITHMUS --PARAM=Wert ...
                            einen Algorithmus ausführen (ID wie sozialraum:socialindex oder Pfad zu
                            einer im Grafischen Modellierer erstellten .model3-Datei)

Parameterwerte haben dieselbe Form wie bei qgis_process: Feldlisten durch &apos;;&apos; getrennt, Layer als
&apos;pfad|layername=name&apos;, Ausgaben als Dateipfad oder TEMPORARY_OUTPUT. Wiederholen Sie einen
Parameter, um mehrere Werte anzugeben. --json gibt maschinenlesbare Ergebnisse auf der
Standardausgabe aus; Fortschritt und Meldungen gehen auf die Standardfehlerausgabe.
Strg+C bricht einen laufenden Algorithmus ab.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Error: &apos;run&apos; needs an algorithm id or a .model3 file, e.g. &apos;run sozialraum:socialindex --INPUT=areas.gpkg&apos;.</source>
        <translation>Fehler: &apos;run&apos; benötigt eine Algorithmus-ID oder eine .model3-Datei, z. B. &apos;run sozialraum:socialindex --INPUT=areas.gpkg&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error: &apos;%1&apos; is not a parameter. Give parameters as --NAME=value, e.g. --INPUT=areas.gpkg.</source>
        <translation>Fehler: &apos;%1&apos; ist kein Parameter. Geben Sie Parameter als --NAME=Wert an, z. B. --INPUT=areas.gpkg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error: &apos;%1&apos; has no parameter name before &apos;=&apos;.</source>
        <translation>Fehler: &apos;%1&apos; hat keinen Parameternamen vor &apos;=&apos;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Error: unknown command &apos;%1&apos;.</source>
        <translation>Fehler: unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Error: the model file &apos;%1&apos; does not exist.</source>
        <translation>Fehler: Die Modelldatei &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: &apos;%1&apos; is not a readable Model Builder file (.model3).</source>
        <translation>Fehler: &apos;%1&apos; ist keine lesbare Modelldatei des Grafischen Modellierers (.model3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error: there is no algorithm &apos;%1&apos;. &apos;sozialraum_process list&apos; shows the available ones.</source>
        <translation>Fehler: Es gibt keinen Algorithmus &apos;%1&apos;. &apos;sozialraum_process list&apos; zeigt die verfügbaren Algorithmen an.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument type</source>
        <translation>Argumenttyp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available values</source>
        <translation>Verfügbare Werte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default value</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Error: %1 has no parameter %2. Its parameters are: %3.</source>
        <translation>Fehler: %1 hat keinen Parameter %2. Seine Parameter sind: %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Error: %1 needs these parameters: %2.</source>
        <translation>Fehler: %1 benötigt diese Parameter: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error: incorrect parameter value: %1</source>
        <translation>Fehler: ungültiger Parameterwert: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Finished in %1 s.</source>
        <translation>Fertig nach %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled: the run was stopped before it finished; no result was written completely.</source>
        <translation>Abgebrochen: Der Lauf wurde vor seinem Ende gestoppt; kein Ergebnis wurde vollständig geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The algorithm %1 failed (see the error above).</source>
        <translation>Der Algorithmus %1 ist fehlgeschlagen (siehe Fehler oben).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../plugin/vocabularylabels.cpp" line="+23"/>
        <source>Themes of quarter development (theses of the NRW welfare associations)</source>
        <translation>Themen der Quartiersentwicklung (Thesen der Freien Wohlfahrtspflege NRW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seven fields of action of the theses of the NRW welfare associations, into which offerings can be sorted.</source>
        <translation>Die sieben Handlungsfelder der Thesen der Freien Wohlfahrtspflege NRW, in die sich Angebote einordnen lassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic functions of the quarter</source>
        <translation>Grundfunktionen des Quartiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The basic functions a quarter fulfils for its residents.</source>
        <translation>Die Grundfunktionen, die ein Quartier für seine Bewohnerschaft erfüllt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target groups (OpenStreetMap social_facility:for)</source>
        <translation>Zielgruppen (OpenStreetMap social_facility:for)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target groups of offerings after the values of the OpenStreetMap key social_facility:for.</source>
        <translation>Zielgruppen von Angeboten nach den Werten des OpenStreetMap-Schlüssels social_facility:for.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal services of general interest</source>
        <translation>Kommunale Daseinsvorsorge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic public provision on site: counselling, administration, social infrastructure.</source>
        <translation>Öffentliche Grundversorgung vor Ort: Beratung, Verwaltung, soziale Infrastruktur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overcoming silos</source>
        <translation>Versäulung überwinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working together across departments, providers and legal domains; networking in the quarter.</source>
        <translation>Zusammenarbeit über Ressorts, Träger und Rechtskreise hinweg; Vernetzung im Quartier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Housing</source>
        <translation>Wohnen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Affordable, barrier-free and safe housing; help in housing emergencies.</source>
        <translation>Bezahlbares, barrierefreies und sicheres Wohnen; Hilfen bei Wohnungsnotfällen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Teilhabe und Beteiligung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social participation, engagement and involvement of the residents.</source>
        <translation>Gesellschaftliche Teilhabe, Engagement und Mitwirkung der Bewohnerinnen und Bewohner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Education in all phases of life, from early education to adult education.</source>
        <translation>Bildung in allen Lebensphasen, von der frühen Bildung bis zur Erwachsenenbildung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health, prevention and care</source>
        <translation>Gesundheit, Prävention und Pflege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health promotion, prevention, care and help in everyday life.</source>
        <translation>Gesundheitsförderung, Prävention, Pflege und Hilfen im Alltag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work, economy, mobility and digitalization</source>
        <translation>Arbeit, Wirtschaft, Mobilität und Digitalisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment and qualification, local economy, mobility and digital participation.</source>
        <translation>Beschäftigung und Qualifizierung, lokale Ökonomie, Mobilität und digitale Teilhabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Living space and residential surroundings.</source>
        <translation>Wohnraum und Wohnumfeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs, employment and qualification.</source>
        <translation>Arbeitsplätze, Beschäftigung und Qualifizierung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety and protection in public space and in everyday life.</source>
        <translation>Sicherheit und Schutz im öffentlichen Raum und im Alltag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local supply</source>
        <translation>Nahversorgung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopping and services for daily needs nearby.</source>
        <translation>Einkauf und Dienstleistungen des täglichen Bedarfs in der Nähe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking and cycling, public transport, accessibility.</source>
        <translation>Fuß- und Radverkehr, öffentlicher Nahverkehr, Barrierefreiheit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green and open spaces</source>
        <translation>Grün- und Freiflächen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parks, playgrounds and open spaces.</source>
        <translation>Parks, Spielplätze und Freiräume.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leisure and encounter</source>
        <translation>Freizeit und Begegnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places and offerings for leisure, culture and encounter.</source>
        <translation>Orte und Angebote für Freizeit, Kultur und Begegnung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day-care centres, schools and places of learning in the quarter.</source>
        <translation>Kitas, Schulen und Bildungsorte im Quartier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbourhood</source>
        <translation>Nachbarschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbourly coexistence and self-help.</source>
        <translation>Nachbarschaftliches Miteinander und Selbsthilfe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People affected by violence</source>
        <translation>Von Gewalt betroffene Menschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children and adults who have experienced violence or abuse.</source>
        <translation>Kinder und Erwachsene, die Gewalt oder Missbrauch erfahren haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children, e.g. in day-care centres.</source>
        <translation>Kinder, z. B. in Kindertagesstätten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with dementia</source>
        <translation>Menschen mit Demenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with dementia and their relatives.</source>
        <translation>Menschen mit Demenz und ihre Angehörigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with disabilities</source>
        <translation>Menschen mit Behinderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with physical, intellectual or sensory disabilities.</source>
        <translation>Menschen mit körperlicher, geistiger oder Sinnesbehinderung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick people</source>
        <translation>Kranke Menschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with a particular illness and their families.</source>
        <translation>Menschen mit einer bestimmten Krankheit und ihre Familien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displaced people</source>
        <translation>Vertriebene Menschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People temporarily displaced by disasters or war.</source>
        <translation>Menschen, die durch Katastrophen oder Krieg vorübergehend vertrieben sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with addictions</source>
        <translation>Suchtkranke Menschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with an addiction.</source>
        <translation>Menschen mit einer Suchterkrankung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families</source>
        <translation>Familien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families and parents with children.</source>
        <translation>Familien und Eltern mit Kindern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homeless people</source>
        <translation>Wohnungslose Menschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People without a home of their own.</source>
        <translation>Menschen ohne eigene Wohnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young people</source>
        <translation>Jugendliche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young people and young adults.</source>
        <translation>Jugendliche und junge Erwachsene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queer people</source>
        <translation>Queere Menschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesbian, gay, bisexual, trans*, inter* and queer people.</source>
        <translation>Lesbische, schwule, bisexuelle, trans*, inter* und queere Menschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with mental illness</source>
        <translation>Menschen mit psychischen Erkrankungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with mental illness or in crisis.</source>
        <translation>Menschen mit psychischen Erkrankungen oder Krisen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrants</source>
        <translation>Zugewanderte Menschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who have moved here from another country or region.</source>
        <translation>Menschen, die aus einem anderen Land oder einer anderen Region zugewandert sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orphans</source>
        <translation>Waisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children without parents.</source>
        <translation>Kinder ohne Eltern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugees</source>
        <translation>Geflüchtete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People seeking protection from persecution, war or hardship.</source>
        <translation>Menschen, die Schutz vor Verfolgung, Krieg oder Not suchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seniors</source>
        <translation>Seniorinnen und Senioren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older people.</source>
        <translation>Ältere Menschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminally ill and dying people</source>
        <translation>Schwerstkranke und sterbende Menschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People at the end of life, e.g. in hospices.</source>
        <translation>Menschen am Lebensende, z. B. in Hospizen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People at risk of poverty</source>
        <translation>Armutsgefährdete Menschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in poverty or at a social disadvantage.</source>
        <translation>Menschen in Armut oder mit sozialer Benachteiligung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unemployed people</source>
        <translation>Arbeitslose Menschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People without work.</source>
        <translation>Menschen ohne Arbeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veterans</source>
        <translation>Veteraninnen und Veteranen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former members of the armed forces.</source>
        <translation>Ehemalige Angehörige der Streitkräfte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victims of crime</source>
        <translation>Opfer von Straftaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who have become victims of a crime.</source>
        <translation>Menschen, die Opfer einer Straftat geworden sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women, e.g. in women&apos;s shelters and women&apos;s counselling centres.</source>
        <translation>Frauen, z. B. in Frauenhäusern und Frauenberatungsstellen.</translation>
    </message>
</context>
</TS>
