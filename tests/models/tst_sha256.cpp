// SHA-256 through libcrypto: the published test vectors (FIPS 180-2 examples), data fed in pieces
// of every size, and agreement with Qt's own implementation on the same bytes.
#include "core/sha256.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace evimap;

class Sha256Test : public QObject
{
    Q_OBJECT

private slots:
    void knownDigests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty")
            << QByteArray()
            << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc")
            << QByteArray("abc")
            << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("a million a")
            << QByteArray(1000000, 'a')
            << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void knownDigests()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        QCOMPARE(Sha256::hash(input).toHex(), hex);
    }

    void piecesOfAnySize_giveTheSameDigestAsQt()
    {
        QByteArray bytes;
        for (int i = 0; i < 100000; ++i)
            bytes.append(char((i * 131) ^ (i >> 7)));
        const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        for (const int piece : {1, 63, 64, 65, 4096, 99999}) {
            Sha256 sha;
            for (qsizetype at = 0; at < bytes.size(); at += piece)
                sha.addData(QByteArrayView(bytes).sliced(
                    at, std::min<qsizetype>(piece, bytes.size() - at)));
            QCOMPARE(sha.result(), expected);
            // result() starts afresh.
            sha.addData("abc");
            QCOMPARE(
                sha.result().toHex(),
                QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        }
    }
};

QTEST_GUILESS_MAIN(Sha256Test)
#include "tst_sha256.moc"
