#!/usr/bin/env python3
"""Writes the records of a MEDLINE (.nbib) file as PubMed XML (a PubmedArticleSet).

bibutils' med2xml reads PubMed XML, not MEDLINE text, so import-speed.sh compares it with
EviMap's import of this XML: the same records, both tools reading the same file.

    nbib_to_pubmed_xml.py IN.nbib OUT.xml
"""
import sys
from xml.sax.saxutils import escape


def records(path):
    """Yields each record as a list of (tag, value), continuation lines joined."""
    fields = []
    with open(path, encoding="utf-8") as source:
        for line in source:
            line = line.rstrip("\r\n")
            if not line.strip():
                if fields:
                    yield fields
                    fields = []
                continue
            if line.startswith("      ") and fields:
                tag, value = fields[-1]
                fields[-1] = (tag, value + " " + line.strip())
            elif len(line) >= 6 and line[4] == "-":
                fields.append((line[:4].strip(), line[6:].strip()))
    if fields:
        yield fields


def article(fields):
    first = {}
    for tag, value in fields:
        first.setdefault(tag, value)
    out = ['<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">']
    out.append(f'<PMID Version="1">{escape(first.get("PMID", ""))}</PMID>')
    out.append('<Article PubModel="Print"><Journal><JournalIssue CitedMedium="Print">')
    for tag, element in (("VI", "Volume"), ("IP", "Issue")):
        if tag in first:
            out.append(f"<{element}>{escape(first[tag])}</{element}>")
    out.append(f'<PubDate><Year>{escape(first.get("DP", "")[:4])}</Year></PubDate>')
    out.append(f'</JournalIssue><Title>{escape(first.get("JT", ""))}</Title>')
    out.append(f'<ISOAbbreviation>{escape(first.get("TA", ""))}</ISOAbbreviation></Journal>')
    out.append(f'<ArticleTitle>{escape(first.get("TI", ""))}</ArticleTitle>')
    if "PG" in first:
        out.append(f'<Pagination><MedlinePgn>{escape(first["PG"])}</MedlinePgn></Pagination>')
    doi = next((v[:-6] for t, v in fields if t in ("LID", "AID") and v.endswith(" [doi]")), "")
    if doi:
        out.append(f'<ELocationID EIdType="doi" ValidYN="Y">{escape(doi)}</ELocationID>')
    if "AB" in first:
        out.append(f'<Abstract><AbstractText>{escape(first["AB"])}</AbstractText></Abstract>')
    out.append('<AuthorList CompleteYN="Y">')
    for tag, value in fields:
        if tag == "FAU":
            last, _, given = value.partition(", ")
            initials = "".join(part[0] for part in given.split() if part)
            out.append(f'<Author ValidYN="Y"><LastName>{escape(last)}</LastName>'
                       f'<ForeName>{escape(given)}</ForeName>'
                       f'<Initials>{escape(initials)}</Initials></Author>')
    out.append("</AuthorList>")
    out.append(f'<Language>{escape(first.get("LA", "eng"))}</Language>')
    out.append("<PublicationTypeList>")
    for tag, value in fields:
        if tag == "PT":
            out.append(f"<PublicationType>{escape(value)}</PublicationType>")
    out.append("</PublicationTypeList></Article>")
    keywords = [value for tag, value in fields if tag == "OT"]
    if keywords:
        out.append('<KeywordList Owner="NOTNLM">')
        out.extend(f'<Keyword MajorTopicYN="N">{escape(k)}</Keyword>' for k in keywords)
        out.append("</KeywordList>")
    out.append('</MedlineCitation><PubmedData><ArticleIdList>')
    out.append(f'<ArticleId IdType="pubmed">{escape(first.get("PMID", ""))}</ArticleId>')
    if doi:
        out.append(f'<ArticleId IdType="doi">{escape(doi)}</ArticleId>')
    out.append("</ArticleIdList></PubmedData></PubmedArticle>\n")
    return "".join(out)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[2], "w", encoding="utf-8") as target:
        target.write('<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n')
        for fields in records(sys.argv[1]):
            target.write(article(fields))
        target.write("</PubmedArticleSet>\n")


if __name__ == "__main__":
    main()
