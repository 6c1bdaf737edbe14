#pragma once

#include "simcomflow.h"

#include <QByteArray>

#include <memory>

class CflwWriteSizes;

// SIM7020 local upload through the serial port (PROTOCOLS.md section 3):
// the line at its fastest rate for the upload (UpdateFlow::raiseRate),
// AT+CFLE erases the FOTA partition, AT+CFLW writes the package in chunks
// (FlashWriter: progress, rate, time left), then AT+CFOTA=5 with the size and
// the MD5, at the line's own rate again, has the module check and install
// it; reboot and AT+CGMR follow.
//
// The package file must match the catalog's MD5 (and size) before a byte is
// written: a file changed since it was catalogued is refused as Integrity.
// Cancel stops the upload between writes; the partition then holds part of
// the package, which is harmless: nothing installs without AT+CFOTA=5.
//
// The write size starts at options().flash.chunkSize, or lower when `sizes`
// knows the model took less before; a refused first write is halved by the
// FlashWriter, and the size that worked is remembered for the model.
class SimcomCflwFlow final : public SimcomFlow
{
    Q_OBJECT

public:
    SimcomCflwFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent = nullptr);
    SimcomCflwFlow(ModuleSession *session, const UpdateRequest &request, const Options &options,
                   QObject *parent = nullptr);
    SimcomCflwFlow(ModuleSession *session, const UpdateRequest &request, const Options &options,
                   CflwWriteSizes *sizes, QObject *parent = nullptr);
    ~SimcomCflwFlow() override;

    // The MD5 sent with AT+CFOTA=5 (lower-case hex); empty until the package is read.
    QString packageMd5() const { return m_md5; }
    // The AT+CFLW length the upload used (after any halving); 0 before the first accepted write.
    qint64 writeSize() const { return m_writeSize; }
    // "writeSize" once the upload is done: the job records it with the transfer step.
    QJsonObject stepFigures() const override;

protected:
    bool checkRequest() override;
    void deliver() override;
    void stopDelivery() override;

private:
    void write(const FlashWriterOptions &flash);
    void onStage(FlashWriter::Stage stage);
    void onWritten(const FlashResult &result);
    void onWriteSizeReduced(qint64 refused, qint64 next);
    QString model() const;

    QByteArray m_package;
    QString m_md5;
    std::unique_ptr<FlashWriter> m_writer;
    CflwWriteSizes *m_sizes = nullptr; // the driver's, shared by the process's jobs
    qint64 m_startSize = 0;
    qint64 m_writeSize = 0;
};
