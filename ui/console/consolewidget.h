#pragma once

#include "at/atresult.h"
#include "commandhistory.h"
#include "modules/family.h"

#include <QWidget>

class EngineApi;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The AT console of one module: type a command (completed from the family's
// known commands, history on up/down), see its reply. The engine's interlock
// decides what may be sent while a job runs; a refused command is shown with
// the engine's reason, in the output and in a banner above the input line.
class ConsoleWidget : public QWidget
{
    Q_OBJECT

public:
    ConsoleWidget(EngineApi *engine, const QString &moduleId, Family family, QWidget *parent = nullptr);

    QString moduleId() const { return m_moduleId; }
    QLineEdit *input() const { return m_input; }
    QPlainTextEdit *output() const { return m_output; }
    QLabel *refusalBanner() const { return m_refusal; }
    QLabel *waitingLabel() const { return m_waiting; }
    QCompleter *completer() const { return m_completer; }
    const CommandHistory &history() const { return m_history; }

public slots:
    void send();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onReply(const QString &moduleId, const AtResult &result);
    void appendLine(const QString &text, const QColor &colour, bool bold = false);
    void updateWaiting();

    EngineApi *m_engine;
    QString m_moduleId;
    CommandHistory m_history;
    QPlainTextEdit *m_output;
    QLabel *m_refusal;
    QLabel *m_waiting;
    QStringList m_pending; // sent, not answered yet (masked, for display)
    QLineEdit *m_input;
    QPushButton *m_send;
    QCompleter *m_completer;
};
