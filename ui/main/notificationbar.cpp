#include "notificationbar.h"

#include "engine/engineapi.h"
#include "ui/common/format.h"
#include "ui/common/moduletext.h"
#include "ui/common/uicolors.h"
#include "ui/fleet/fleetmodel.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

NotificationBar::NotificationBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    hide();
}

void NotificationBar::attach(EngineApi *engine, FleetModel *fleet)
{
    auto labelOf = [fleet](const QString &moduleId, const QString &fallback) {
        const ModuleSnapshot *m = fleet->module(moduleId);
        return m ? ModuleText::label(*m) : fallback;
    };
    connect(engine, &EngineApi::jobFinished, this, [this, labelOf](const QString &moduleId, const JobRecord &job) {
        const QString title = labelOf(moduleId, QStringLiteral("%1 %2").arg(job.model, job.imei));
        switch (job.state) {
        case JobState::Succeeded:
            notify(Kind::Success, title,
                   tr("updated to %1 and verified, in %2").arg(job.firmwareAfter, Format::duration(job.durationMs())),
                   moduleId);
            break;
        case JobState::Cancelled:
            notify(Kind::Info, title, tr("update cancelled; the module keeps %1").arg(job.fromVersion), moduleId);
            break;
        default: {
            QStringList text{job.reason == FailureReason::None
                                 ? tr("update failed")
                                 : tr("update failed (%1)").arg(failureDisplayName(job.reason))};
            if (!job.message.isEmpty())
                text << job.message;
            if (!job.advice.isEmpty())
                text << tr("What to do: %1").arg(job.advice);
            notify(Kind::Failure, title, text.join(QStringLiteral(" \u2014 ")), moduleId);
        }
        }
    });
    connect(engine, &EngineApi::updateRefused, this, [this, labelOf](const QString &moduleId, const QString &reason) {
        notify(Kind::Failure, labelOf(moduleId, moduleId), tr("update not started: %1").arg(reason), moduleId);
    });
}

QWidget *NotificationBar::notify(Kind kind, const QString &title, const QString &text, const QString &moduleId,
                             const QString &actionText, const std::function<void()> &action)
{
    const auto outcome = kind == Kind::Success   ? ModuleText::JobOutcome::Succeeded
                         : kind == Kind::Failure ? ModuleText::JobOutcome::Failed
                                                 : ModuleText::JobOutcome::Cancelled;
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    QPalette tint = card->palette();
    tint.setColor(QPalette::Window, UiColors::outcomeTint(outcome, palette()));
    card->setPalette(tint);

    auto *icon = new QLabel(card);
    const QStyle::StandardPixmap pixmap = kind == Kind::Success   ? QStyle::SP_DialogApplyButton
                                          : kind == Kind::Failure ? QStyle::SP_MessageBoxCritical
                                                                  : QStyle::SP_MessageBoxInformation;
    const int size = fontMetrics().height() + 4;
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    auto *label = new QLabel(QStringLiteral("<b>%1</b>: %2").arg(title.toHtmlEscaped(), text.toHtmlEscaped()), card);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette textColour = label->palette();
    textColour.setColor(QPalette::WindowText, UiColors::outcomeText(outcome, palette()));
    label->setPalette(textColour);

    auto *row = new QHBoxLayout(card);
    row->setContentsMargins(6, 3, 3, 3);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(label, 1);
    if (!moduleId.isEmpty()) {
        auto *show = new QPushButton(tr("Show"), card);
        show->setToolTip(tr("Select the module and show its log"));
        connect(show, &QPushButton::clicked, this, [this, moduleId] { emit moduleActivated(moduleId); });
        row->addWidget(show, 0, Qt::AlignTop);
    }
    if (action) {
        auto *act = new QPushButton(actionText, card);
        act->setObjectName(QStringLiteral("action"));
        connect(act, &QPushButton::clicked, this, [this, card, action] {
            action();
            dismiss(card);
        });
        row->addWidget(act, 0, Qt::AlignTop);
    }
    auto *close = new QToolButton(card);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    row->addWidget(close, 0, Qt::AlignTop);

    connect(close, &QToolButton::clicked, this, [this, card] { dismiss(card); });
    card->setProperty("message", QStringLiteral("%1: %2").arg(title, text));
    // The status bar has one line: the first part, the card has the rest.
    const QString summary = QStringLiteral("%1: %2").arg(title, text.section(QStringLiteral(" \u2014 "), 0, 0));
    card->setProperty("failure", kind == Kind::Failure);
    m_layout->insertWidget(0, card);
    m_cards.prepend(card);
    // Over the limit the oldest good news goes first: on a station updating
    // dozens of modules a failure must not scroll away under successes.
    while (m_cards.size() > m_max) {
        const auto oldestNews = std::find_if(m_cards.crbegin(), m_cards.crend(),
                                             [](QWidget *c) { return !c->property("failure").toBool(); });
        dismiss(oldestNews != m_cards.crend() ? *oldestNews : m_cards.last());
    }
    show();
    emit notified(summary);
    if (kind != Kind::Info)
        QApplication::alert(window());
    return card;
}

void NotificationBar::dismiss(QWidget *card)
{
    if (!m_cards.removeOne(card))
        return;
    m_layout->removeWidget(card);
    card->deleteLater();
    setVisible(!m_cards.isEmpty());
}

QStringList NotificationBar::messages() const
{
    QStringList list;
    for (QWidget *card : m_cards)
        list << card->property("message").toString();
    return list;
}
