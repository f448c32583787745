#pragma once

#include "checkin/check_in_desk.h"

#include <QFrame>

class QLabel;

namespace eventbook::ui {

// The desk's answer, big enough to read from a metre away: a coloured band (green: in, blue: out,
// amber: look again, red: refused), the verdict, the holder's name and what else matters (when
// and where they came in; decided offline).
class AnswerPanel : public QFrame {
    Q_OBJECT
public:
    explicit AnswerPanel(QWidget *parent = nullptr);

    void show(const client::DeskAnswer &answer);
    void clear();
    QString verdictText() const;
    QString holderText() const;
    QString detailText() const;

    static QString verdictWords(const client::DeskAnswer &answer);
    static QString detailWords(const client::DeskAnswer &answer);
    static QString deskName(const QString &deviceId);

private:
    void paint(const QColor &background);

    QLabel *m_verdict;
    QLabel *m_holder;
    QLabel *m_detail;
};

} // namespace eventbook::ui
