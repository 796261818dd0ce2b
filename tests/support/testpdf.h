#pragma once

// Small PDFs written byte by byte, so tests know exactly what a file holds: document
// information, pages of text in given sizes, image-only pages, XMP metadata, encryption with a
// user password (RC4, 40 bit), a page tree that loops and a JBIG2 "bomb" page. Nothing here
// needs a display or a font database.

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>

namespace evimap::test {

class PdfBuilder
{
public:
    struct Text
    {
        double size = 12;
        double x = 72;
        double y = 700;
        QByteArray text; // Latin-1
    };

    // An entry of the information dictionary, e.g. ("Title", "A report").
    void setInfo(const QByteArray &key, const QByteArray &value) { m_info.insert(key, value); }
    void setXmp(const QByteArray &xmp) { m_xmp = xmp; }
    void addPage(const QList<Text> &texts) { m_pages.append(Page{texts, false}); }
    // One line of 12 pt text per entry, from the top of the page.
    void addTextPage(const QList<QByteArray> &lines)
    {
        QList<Text> texts;
        double y = 740;
        for (const QByteArray &line : lines) {
            texts.append(Text{12, 72, y, line});
            y -= 16;
        }
        addPage(texts);
    }
    // A page that only fills a rectangle: no text to extract.
    void addGraphicsPage() { m_pages.append(Page{{}, false}); }
    // A page whose second content stream declares a 100000 x 100000 JBIG2 page (1.2 GB).
    void addJbig2BombPage(const QByteArray &text)
    {
        m_pages.append(Page{{Text{14, 72, 700, text}}, true});
    }
    // The page tree gets a node that points back at the root.
    void setLoopingPageTree(bool on) { m_loop = on; }
    void setUserPassword(const QByteArray &password)
    {
        m_password = password;
        m_encrypt = true;
    }

    QByteArray build() const
    {
        QList<QByteArray> objects; // object n is objects[n - 1], without "n 0 obj"
        const int catalog = 1, pages = 2, font = 3;
        objects << QByteArray() << QByteArray()
                << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
        QByteArray kids;
        for (const Page &page : m_pages) {
            QByteArray content;
            if (page.texts.isEmpty() && !page.bomb)
                content = "0.5 g 72 72 300 300 re f\n";
            for (const Text &t : page.texts)
                content += "BT /F1 " + QByteArray::number(t.size) + " Tf " +
                           QByteArray::number(t.x) + ' ' + QByteArray::number(t.y) + " Td (" +
                           escape(t.text) + ") Tj ET\n";
            const int contentObj = int(objects.size()) + 1;
            objects << stream(contentObj, "", content);
            QByteArray contents = QByteArray::number(contentObj) + " 0 R";
            if (page.bomb) {
                const int bombObj = int(objects.size()) + 1;
                const QByteArray jbig2 = QByteArray::fromHex("00000000300001000000130001"
                                                             "86a0000186a00000000000000000"
                                                             "010000");
                objects << stream(bombObj, "/Filter /JBIG2Decode ", jbig2);
                contents = '[' + contents + ' ' + QByteArray::number(bombObj) + " 0 R]";
            }
            const int pageObj = int(objects.size()) + 1;
            objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " +
                           contents + " /Resources << /Font << /F1 3 0 R >> >> >>";
            kids += QByteArray::number(pageObj) + " 0 R ";
        }
        int count = int(m_pages.size());
        if (m_loop) {
            const int loopObj = int(objects.size()) + 1;
            objects << "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>";
            kids += QByteArray::number(loopObj) + " 0 R ";
            ++count;
        }
        objects[pages - 1] = "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
                             QByteArray::number(count) + " >>";
        QByteArray catalogDict = "<< /Type /Catalog /Pages 2 0 R";
        if (!m_xmp.isEmpty()) {
            const int xmpObj = int(objects.size()) + 1;
            // Metadata streams stay readable in encrypted files only by choice; keep it plain.
            objects << "<< /Type /Metadata /Subtype /XML /Length " +
                           QByteArray::number(m_xmp.size()) + " >>\nstream\n" + m_xmp +
                           "\nendstream";
            catalogDict += " /Metadata " + QByteArray::number(xmpObj) + " 0 R";
        }
        objects[catalog - 1] = catalogDict + " >>";
        Q_UNUSED(font);
        int infoObj = 0;
        if (!m_info.isEmpty()) {
            infoObj = int(objects.size()) + 1;
            QByteArray info = "<<";
            for (auto it = m_info.cbegin(); it != m_info.cend(); ++it)
                info += " /" + it.key() + ' ' + string(infoObj, it.value());
            objects << info + " >>";
        }
        int encryptObj = 0;
        if (m_encrypt) {
            encryptObj = int(objects.size()) + 1;
            objects << "<< /Filter /Standard /V 1 /R 2 /Length 40 /O <" + ownerEntry().toHex() +
                           "> /U <" + userEntry().toHex() + "> /P " +
                           QByteArray::number(permissions) + " >>";
        }

        QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
        QList<qsizetype> offsets;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            offsets << pdf.size();
            pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
        }
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
        for (qsizetype offset : offsets)
            pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R";
        if (infoObj)
            pdf += " /Info " + QByteArray::number(infoObj) + " 0 R";
        if (encryptObj)
            pdf += " /Encrypt " + QByteArray::number(encryptObj) + " 0 R";
        pdf += " /ID [<" + fileId().toHex() + "> <" + fileId().toHex() + ">] >>\nstartxref\n" +
               QByteArray::number(xref) + "\n%%EOF\n";
        return pdf;
    }

private:
    struct Page
    {
        QList<Text> texts;
        bool bomb = false;
    };
    static constexpr qint32 permissions = -44;

    static QByteArray escape(const QByteArray &text)
    {
        QByteArray out;
        for (char c : text) {
            if (c == '(' || c == ')' || c == '\\')
                out += '\\';
            out += c;
        }
        return out;
    }

    QByteArray stream(int objectNumber, const QByteArray &extra, const QByteArray &data) const
    {
        const QByteArray bytes = m_encrypt ? rc4(objectKey(objectNumber), data) : data;
        return "<< " + extra + "/Length " + QByteArray::number(bytes.size()) + " >>\nstream\n" +
               bytes + "\nendstream";
    }

    QByteArray string(int objectNumber, const QByteArray &value) const
    {
        if (!m_encrypt)
            return '(' + escape(value) + ')';
        return '<' + rc4(objectKey(objectNumber), value).toHex() + '>';
    }

    // The standard security handler, revision 2 (PDF 1.7, 7.6.3).
    static QByteArray padding()
    {
        return QByteArray::fromHex(
            "28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    }
    static QByteArray padded(const QByteArray &password) { return (password + padding()).left(32); }
    static QByteArray fileId() { return QByteArray::fromHex("0123456789abcdef0123456789abcdef"); }
    static QByteArray md5(const QByteArray &data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Md5);
    }
    static QByteArray rc4(const QByteArray &key, const QByteArray &data)
    {
        unsigned char s[256];
        for (int i = 0; i < 256; ++i)
            s[i] = uchar(i);
        for (int i = 0, j = 0; i < 256; ++i) {
            j = (j + s[i] + uchar(key.at(i % key.size()))) & 0xFF;
            std::swap(s[i], s[j]);
        }
        QByteArray out(data.size(), Qt::Uninitialized);
        for (qsizetype n = 0, i = 0, j = 0; n < data.size(); ++n) {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            std::swap(s[i], s[j]);
            out[n] = char(uchar(data.at(n)) ^ s[(s[i] + s[j]) & 0xFF]);
        }
        return out;
    }
    QByteArray ownerEntry() const
    {
        return rc4(md5(padded("owner-" + m_password)).left(5), padded(m_password));
    }
    QByteArray fileKey() const
    {
        QByteArray p(4, '\0');
        for (int i = 0; i < 4; ++i)
            p[i] = char((quint32(permissions) >> (8 * i)) & 0xFF);
        return md5(padded(m_password) + ownerEntry() + p + fileId()).left(5);
    }
    QByteArray userEntry() const { return rc4(fileKey(), padding()); }
    QByteArray objectKey(int objectNumber) const
    {
        QByteArray salt(5, '\0');
        for (int i = 0; i < 3; ++i)
            salt[i] = char((objectNumber >> (8 * i)) & 0xFF);
        return md5(fileKey() + salt).left(10);
    }

    QMap<QByteArray, QByteArray> m_info;
    QByteArray m_xmp;
    QList<Page> m_pages;
    QByteArray m_password;
    bool m_encrypt = false;
    bool m_loop = false;
};

} // namespace evimap::test
