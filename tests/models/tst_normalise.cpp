// Normalisation that duplicate detection rests on: every variant that different databases write
// for the same thing must reach the same key, and different things must not.
#include "records/normalise.h"

#include <QtTest>

using namespace evimap;

Q_DECLARE_METATYPE(evimap::Normalise::JournalMatch)

class NormaliseTest : public QObject
{
    Q_OBJECT

private slots:
    void doi_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "10.1000/ABC.123"
                               << "10.1000/ABC.123";
        QTest::newRow("lower case") << "10.1000/abc.123"
                                    << "10.1000/ABC.123";
        QTest::newRow("https resolver") << "https://doi.org/10.1000/abc"
                                        << "10.1000/ABC";
        QTest::newRow("dx resolver") << "http://dx.doi.org/10.1097/MOL.0b013e3282ffaf82"
                                     << "10.1097/MOL.0B013E3282FFAF82";
        QTest::newRow("doi: prefix") << "doi:10.1000/abc"
                                     << "10.1000/ABC";
        QTest::newRow("doi space prefix") << "DOI 10.1000/abc"
                                          << "10.1000/ABC";
        QTest::newRow("pubmed [doi] suffix") << "10.1000/abc [doi]"
                                             << "10.1000/ABC";
        QTest::newRow("sentence full stop") << "10.1000/abc."
                                            << "10.1000/ABC";
        QTest::newRow("R's NA") << "NA"
                                << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void doi()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalise::doi(input), expected);
    }

    void title_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case and punctuation") << "Loneliness: A Meta-Analysis."
                                              << "loneliness a meta analysis";
        QTest::newRow("all capitals") << "LONELINESS IN LATER LIFE"
                                      << "loneliness in later life";
        QTest::newRow("accents") << "Évaluation de l'isolement"
                                 << "evaluation de lisolement";
        QTest::newRow("apostrophe variants") << "Children’s loneliness"
                                             << "childrens loneliness";
        QTest::newRow("en dash") << "Mind–body therapy"
                                 << "mind body therapy";
        QTest::newRow("em dash") << "Loneliness—a review"
                                 << "loneliness a review";
        QTest::newRow("minus sign") << "COVID−19 lockdown"
                                    << "covid 19 lockdown";
        QTest::newRow("non-breaking hyphen") << "long‑term care"
                                             << "long term care";
        QTest::newRow("soft hyphen") << "ado\u00ADlescents"
                                     << "adolescents";
        QTest::newRow("html inline tags") << "K<sub>Ca</sub>3.1 channels"
                                          << "kca3 1 channels";
        QTest::newRow("html italic") << "<i>In vivo</i> imaging"
                                     << "in vivo imaging";
        QTest::newRow("html block tag") << "Loneliness<br/>and health"
                                        << "loneliness and health";
        QTest::newRow("less-than is not a tag") << "p < 0.05 and x > 1"
                                                << "p 0 05 and x 1";
        QTest::newRow("html entities") << "Risk &amp; resilience"
                                       << "risk resilience";
        QTest::newRow("html accented entity") << "Caf&eacute; culture"
                                              << "cafe culture";
        QTest::newRow("numeric entity") << "Caf&#233; culture"
                                        << "cafe culture";
        QTest::newRow("hex entity") << "TNF-&#x3B1; levels"
                                    << "tnf alpha levels";
        QTest::newRow("greek letter") << "TNF-α levels"
                                      << "tnf alpha levels";
        QTest::newRow("greek spelled out") << "TNF-alpha levels"
                                           << "tnf alpha levels";
        QTest::newRow("latex umlaut") << "M{\\\"u}ller's model"
                                      << "mullers model";
        QTest::newRow("latex accent without braces") << "Caf\\'e culture"
                                                     << "cafe culture";
        QTest::newRow("latex cedilla") << "Fran\\c{c}ois"
                                       << "francois";
        QTest::newRow("latex letter command") << "S{\\o}ren's data"
                                              << "sorens data";
        QTest::newRow("latex emphasis") << "\\emph{In vivo} imaging"
                                        << "in vivo imaging";
        QTest::newRow("latex escaped ampersand") << "Risk \\& resilience"
                                                 << "risk resilience";
        QTest::newRow("latex math greek") << "$\\alpha$-synuclein"
                                          << "alpha synuclein";
        QTest::newRow("letters without decomposition") << "Søren Łukasz Straße Æsop"
                                                       << "soren lukasz strasse aesop";
        QTest::newRow("dotless i") << "Yılmaz"
                                   << "yilmaz";
        QTest::newRow("copyright sign") << "Loneliness in youth © 2020 Elsevier Ltd."
                                        << "loneliness in youth";
        QTest::newRow("copyright (c) year") << "Loneliness in youth (c) 2019 The Authors"
                                            << "loneliness in youth";
        QTest::newRow("copyright word and year") << "Loneliness in youth. Copyright 2018 Wiley"
                                                 << "loneliness in youth";
        QTest::newRow("crown copyright") << "Loneliness in youth Crown Copyright © 2017"
                                         << "loneliness in youth";
        QTest::newRow("all rights reserved") << "Loneliness in youth. All rights reserved."
                                             << "loneliness in youth";
        QTest::newRow("copyright as a topic") << "Copyright law and mental health apps"
                                              << "copyright law and mental health apps";
        QTest::newRow("enumeration (c) is not a note")
            << "Three options: (a) wait (b) act (c) Treatment first"
            << "three options a wait b act c treatment first";
        QTest::newRow("only a note stays") << "© 2020 Elsevier"
                                           << "2020 elsevier";
        QTest::newRow("spaces collapsed") << "  Loneliness   and\tage  "
                                          << "loneliness and age";
        QTest::newRow("ligature") << "Ef\uFB01cacy"
                                  << "efficacy";
    }
    void title()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalise::title(input), expected);
    }

    void authors_data()
    {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("surname, given") << QStringList{"García-López, María J."} << "garcialopez m";
        QTest::newRow("given surname") << QStringList{"María García"} << "garcia m";
        QTest::newRow("medline initials") << QStringList{"Smith JA"} << "smith j";
        QTest::newRow("dotted initials") << QStringList{"Lewis G. F."} << "lewis g";
        QTest::newRow("run-together initials") << QStringList{"Lewis G.F."} << "lewis g";
        QTest::newRow("double surname and initials")
            << QStringList{"El Hachmane M."} << "elhachmane m";
        QTest::newRow("apostrophe") << QStringList{"O'Brien, Ann"} << "obrien a";
        QTest::newRow("several") << QStringList{"Smith, J.", "Müller, K"} << "smith j;muller k";
        QTest::newRow("surname only") << QStringList{"Aristotle"} << "aristotle";
    }
    void authors()
    {
        QFETCH(QStringList, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalise::authors(input), expected);
    }

    void pages_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("first");
        QTest::newRow("full range") << "123-129"
                                    << "123-129"
                                    << "123";
        QTest::newRow("abbreviated end") << "123-9"
                                         << "123-129"
                                         << "123";
        QTest::newRow("abbreviated two digits") << "1234-56"
                                                << "1234-1256"
                                                << "1234";
        QTest::newRow("medline style") << "221-8"
                                       << "221-228"
                                       << "221";
        QTest::newRow("en dash") << "123–129"
                                 << "123-129"
                                 << "123";
        QTest::newRow("em dash") << "123—9"
                                 << "123-129"
                                 << "123";
        QTest::newRow("double hyphen (bibtex)") << "123--129"
                                                << "123-129"
                                                << "123";
        QTest::newRow("spaces") << "123 - 129"
                                << "123-129"
                                << "123";
        QTest::newRow("supplement page") << "S123"
                                         << "123"
                                         << "123";
        QTest::newRow("supplement range") << "S123-S129"
                                          << "123-129"
                                          << "123";
        QTest::newRow("electronic article number") << "e214"
                                                   << "214"
                                                   << "214";
        QTest::newRow("abstract page") << "A254-A255"
                                       << "254-255"
                                       << "254";
        QTest::newRow("pp prefix") << "pp. 45-52"
                                   << "45-52"
                                   << "45";
        QTest::newRow("single page") << "893"
                                     << "893"
                                     << "893";
        QTest::newRow("same start and end") << "5-5"
                                            << "5"
                                            << "5";
        QTest::newRow("leading zeros") << "0012-0019"
                                       << "12-19"
                                       << "12";
        QTest::newRow("spreadsheet date day-month") << "21-Aug"
                                                    << "21-28"
                                                    << "21";
        QTest::newRow("spreadsheet date 1-10") << "01-Oct"
                                               << "1-10"
                                               << "1";
        QTest::newRow("spreadsheet date month-year") << "Aug-21"
                                                     << "8-21"
                                                     << "8";
        QTest::newRow("R's NA") << "NA"
                                << ""
                                << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
        QTest::newRow("roman numerals") << "iii-xii"
                                        << "iii xii"
                                        << "iii xii";
    }
    void pages()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, first);
        QCOMPARE(Normalise::pages(input), expected);
        QCOMPARE(Normalise::firstPage(input), first);
    }

    void volume_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number") << "38"
                                << "38";
        QTest::newRow("supplement note") << "38 (Supplement 1)"
                                         << "38";
        QTest::newRow("leading zeros") << "007"
                                       << "7";
        QTest::newRow("zero") << "0"
                              << "0";
        QTest::newRow("words") << "Spring Issue"
                               << "spring issue";
        QTest::newRow("NA") << "NA"
                            << "";
    }
    void volume()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalise::volume(input), expected);
    }

    void journals_data()
    {
        using M = Normalise::JournalMatch;
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<M>("expected");
        QTest::newRow("iso abbreviation")
            << "J Soc Clin Psychol"
            << "Journal of Social and Clinical Psychology" << M::Abbreviation;
        QTest::newRow("abbreviation with full stops")
            << "J. Soc. Clin. Psychol."
            << "Journal of Social and Clinical Psychology" << M::Abbreviation;
        QTest::newRow("other way round") << "Journal of Clinical Epidemiology"
                                         << "J Clin Epidemiol" << M::Abbreviation;
        QTest::newRow("ampersand") << "Soc Sci Med"
                                   << "Social Science & Medicine" << M::Abbreviation;
        QTest::newRow("leading The") << "Lancet"
                                     << "The Lancet" << M::Same;
        QTest::newRow("case") << "PLoS ONE"
                              << "PLOS One" << M::Same;
        QTest::newRow("contraction")
            << "J Natl Cancer Inst"
            << "Journal of the National Cancer Institute" << M::Abbreviation;
        QTest::newRow("acronym") << "JAMA"
                                 << "Journal of the American Medical Association"
                                 << M::Abbreviation;
        QTest::newRow("country qualifier") << "Cardiology (Switzerland)"
                                           << "Cardiology" << M::Same;
        QTest::newRow("long abbreviation")
            << "Int J Environ Res Public Health"
            << "International Journal of Environmental Research and Public Health"
            << M::Abbreviation;
        QTest::newRow("conference supplement")
            << "Circulation"
            << "Circulation. Conference: American Heart Association's 2015 "
               "Scientific Sessions"
            << M::Partial;
        QTest::newRow("a journal is not its namesake") << "Diabetes"
                                                       << "Diabetes Care" << M::Partial;
        QTest::newRow("different journals") << "J Affect Disord"
                                            << "Journal of Clinical Psychology" << M::Different;
        QTest::newRow("different first letters") << "Psychol Med"
                                                 << "Social Psychiatry" << M::Different;
        QTest::newRow("psychiatry is not psychology")
            << "J Clin Psychiatr"
            << "Journal of Clinical Psychology" << M::Different;
        QTest::newRow("missing") << ""
                                 << "Lancet" << M::Missing;
        QTest::newRow("R's NA") << "NA"
                                << "Lancet" << M::Missing;
    }
    void journals()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(Normalise::JournalMatch, expected);
        QCOMPARE(Normalise::matchJournals(a, b), expected);
        QCOMPARE(Normalise::matchJournals(b, a), expected);
    }

    void wordAbbreviation_data()
    {
        QTest::addColumn<QString>("abbreviated");
        QTest::addColumn<QString>("full");
        QTest::addColumn<bool>("expected");
        QTest::newRow("prefix") << "psychol"
                                << "psychology" << true;
        QTest::newRow("one letter") << "j"
                                    << "journal" << true;
        QTest::newRow("contraction") << "natl"
                                     << "national" << true;
        QTest::newRow("contraction jpn") << "jpn"
                                         << "japanese" << true;
        QTest::newRow("same word") << "lancet"
                                   << "lancet" << true;
        QTest::newRow("other first letter") << "psychol"
                                            << "sociology" << false;
        QTest::newRow("letters out of order") << "psychiatr"
                                              << "psychology" << false;
        QTest::newRow("longer than the word") << "medicine"
                                              << "med" << false;
        QTest::newRow("numbers must match") << "2"
                                            << "20" << false;
    }
    void wordAbbreviation()
    {
        QFETCH(QString, abbreviated);
        QFETCH(QString, full);
        QFETCH(bool, expected);
        QCOMPARE(Normalise::isWordAbbreviation(abbreviated, full), expected);
    }
};

QTEST_GUILESS_MAIN(NormaliseTest)
#include "tst_normalise.moc"
