// The sidecar package manifest "<file>.json" (packagemetadata.h): whatever its
// bytes, reading it gives metadata that checks out or a classified error.
// fromManifest() reads a file, so the input is written to one; the package's
// file name is fuzzed too (fromFileName's pattern has a back-reference).

#include "fuzzsupport.h"

#include "fleet/packagemetadata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdlib>

namespace {

QString packagePath()
{
    static const QString path = [] {
        // In memory where there is such a place: a file a run is slow on disk.
        const QString base = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm")
                                                                                : QDir::tempPath();
        const QString dir = QStringLiteral("%1/fotadesk-fuzz-%2").arg(base).arg(QCoreApplication::applicationPid());
        QDir().mkpath(dir);
        static QString removeAtExit;
        removeAtExit = dir;
        std::atexit([] { QDir(removeAtExit).removeRecursively(); });
        const QString p = dir + QStringLiteral("/SIM7020C_V1-SIM7020C_V2-1537247570.bin");
        QFile package(p);
        if (package.open(QIODevice::WriteOnly))
            package.write("package bytes");
        return p;
    }();
    return path;
}

bool isLowerHex(const QString &s, int length)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]*$"));
    return s.size() == length && hex.match(s).hasMatch();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = packagePath();
    {
        QFile manifest(PackageMetadataReader::manifestPath(path));
        if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate))
            Fuzz::fail("cannot write the manifest", manifest.fileName());
        manifest.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const PackageMetadata m = PackageMetadataReader::fromManifest(path);
    const QString detail = QString::fromLatin1(Fuzz::bytes(data, size)) + QStringLiteral(" -> ") + m.message;
    FUZZ_CHECK(m.ok() == m.message.isEmpty(), detail);
    FUZZ_CHECK(m.info.path == path, detail);
    if (m.ok()) {
        FUZZ_CHECK(m.info.source == PackageInfo::Source::Manifest, detail);
        FUZZ_CHECK(m.info.size >= 0, detail);
        FUZZ_CHECK(m.info.sha256.isEmpty() || isLowerHex(m.info.sha256, 64), detail);
        FUZZ_CHECK(m.info.md5.isEmpty() || isLowerHex(m.info.md5, 32), detail);
    }
    (void)packageErrorId(m.error);

    PackageInfo user;
    user.toVersion = QStringLiteral("V2");
    const PackageMetadata resolved = PackageMetadataReader::resolve(path, user);
    FUZZ_CHECK(resolved.ok() == m.ok(), detail);

    // The same bytes as a file name (a name has no '/' and no NUL).
    QString name = QString::fromLatin1(Fuzz::bytes(data, qMin<size_t>(size, 255)));
    name.remove(u'/').remove(QChar(0));
    if (!name.isEmpty()) {
        const PackageMetadata fromName = PackageMetadataReader::fromFileName(QStringLiteral("/tmp/") + name);
        if (fromName.ok())
            FUZZ_CHECK(!fromName.info.model.isEmpty() && !fromName.info.fromVersion.isEmpty(), name);
        (void)familyForModel(QString::fromLatin1(Fuzz::bytes(data, size)));
    }
    return 0;
}
