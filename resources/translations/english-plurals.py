#!/usr/bin/env python3
# Fills the English numerus forms of a -pluralonly .ts: "(s)"/"(es)" become the singular and
# plural endings, and the verbs that agree with the count follow it.
import re, sys, xml.etree.ElementTree as ET
path = sys.argv[1]
tree = ET.parse(path)
for msg in tree.iter('message'):
    if msg.get('numerus') != 'yes':
        continue
    src = msg.find('source').text
    one = src.replace('(es)', '').replace('(s)', '')
    many = src.replace('(es)', 'es').replace('(s)', 's')
    if 'not UTF-8' in src:
        one = one.replace(' were ', ' was ')
    else:
        for a, b in [('were', 'was'), ('have', 'has'), ('differ', 'differs')]:
            one = re.sub(r'(%n(?: [\w-]+){1,4}) ' + a + ' ', r'\1 ' + b + ' ', one, count=1)
        if 'differs between the files' in one:
            one = one.replace("the main file's were kept", "the main file's was kept")
    tr = msg.find('translation')
    tr.attrib.pop('type', None)
    for child in list(tr):
        tr.remove(child)
    tr.text = None
    for form in (one, many):
        f = ET.SubElement(tr, 'numerusform')
        f.text = form
tree.write(path, encoding='utf-8', xml_declaration=True)
