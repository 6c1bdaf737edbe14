#pragma once

#include <QCoreApplication>
#include <QString>

struct UpdateRequest;

// What a person types as a Telit PFM server: the server's SMS number
// ("+15550100") or its address and port for the IP protocols
// ("203.0.113.7:5000", "pfm.example.com:5000", "[2001:db8::7]:5000").
// Empty is allowed: the module then uses the server it registered with before.
class PfmServer
{
    Q_DECLARE_TR_FUNCTIONS(PfmServer)

public:
    enum class Kind { None, SmsNumber, IpAddress, Invalid };

    static PfmServer parse(const QString &text);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    QString number() const { return m_number; }   // digits, with a leading + when given
    QString host() const { return m_host; }
    int port() const { return m_port; }
    // What is wrong, for the line under the field; empty when valid.
    QString problem() const { return m_problem; }
    // One line saying what FotaDesk will do with it.
    QString summary() const;

    void fill(UpdateRequest &request) const;

private:
    static PfmServer invalid(const QString &problem);

    Kind m_kind = Kind::None;
    QString m_number;
    QString m_host;
    int m_port = 0;
    QString m_problem;
};
