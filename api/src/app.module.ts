import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { type AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { EventsModule } from './events/events.module';
import { ExportsModule } from './exports/exports.module';
import { FeedbackModule } from './feedback/feedback.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './health/health.controller';
import { HelpPointsModule } from './help-points/help-points.module';
import { ImpactModule } from './impact/impact.module';
import { MatchingModule } from './matching/matching.module';
import { NonprofitsModule } from './nonprofits/nonprofits.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PeopleModule } from './people/people.module';
import { PrivacyModule } from './privacy/privacy.module';
import { PublicationModule } from './publication/publication.module';
import { VolunteersModule } from './volunteers/volunteers.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, databaseUrl),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        NotificationsModule,
        EventsModule,
        AuthModule,
        PeopleModule,
        NonprofitsModule,
        VolunteersModule,
        HelpPointsModule,
        ExportsModule,
        PrivacyModule,
        AuditModule,
        MatchingModule,
        PublicationModule,
        FeedbackModule,
        FollowUpsModule,
        ImpactModule,
      ],
      controllers: [HealthController],
    };
  }
}
