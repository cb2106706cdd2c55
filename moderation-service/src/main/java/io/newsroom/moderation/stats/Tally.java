package io.newsroom.moderation.stats;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named running total (decisions by source, Akismet's mistakes, purges) that outlives purged comments. */
@Entity
@Table(name = "moderation_tally")
public class Tally extends PanacheEntityBase {
    @Id
    public String name;
    public long total;
}
